package dev.journeymap.core.insights;

import dev.journeymap.core.Channel;
import java.util.Objects;

/**
 * How many touchpoints of a journey use one channel: one line of the channel mix, to see which
 * media carry the journey and which the business relies on too much.
 *
 * <pre>{@code
 * // a journey with a web form, a web price page and a call centre
 * JourneyInsights.of(journey).channelMix()
 * // [ChannelCount[channel=WEB, touchpoints=2], ChannelCount[channel=PHONE, touchpoints=1]]
 * }</pre>
 *
 * @param channel the channel
 * @param touchpoints how many touchpoints use it, at least 1 in a channel mix
 */
public record ChannelCount(Channel channel, int touchpoints) {

  /** Checks that the channel is not null and the count not negative. */
  public ChannelCount {
    Objects.requireNonNull(channel, "channel");
    if (touchpoints < 0) {
      throw new IllegalArgumentException("negative touchpoint count: " + touchpoints);
    }
  }
}
