package dev.journeymap.core;

/** The kind of medium through which a customer meets the business at a {@link Touchpoint}. */
public enum Channel {
  /** A web site or web application. */
  WEB,
  /** An app installed on a phone or tablet. */
  MOBILE_APP,
  /** E-mail. */
  EMAIL,
  /** Text message. */
  SMS,
  /** Push notification. */
  PUSH,
  /** A phone call, either way. */
  PHONE,
  /** Live chat or a chatbot. */
  CHAT,
  /** Social networks. */
  SOCIAL,
  /** Face to face: a shop, a branch, a visit at home. */
  IN_PERSON,
  /** Postal mail. */
  MAIL,
  /** Search engine results, paid or organic. */
  SEARCH,
  /** Advertising outside search: display, TV, radio, outdoor. */
  ADVERTISING,
  /** Review sites and ratings. */
  REVIEWS,
  /** Recommendations from people the customer knows. */
  WORD_OF_MOUTH,
  /** Anything else. */
  OTHER
}
