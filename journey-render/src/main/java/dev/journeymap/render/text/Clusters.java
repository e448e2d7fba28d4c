package dev.journeymap.render.text;

/**
 * Splits text into user-perceived characters (clusters) and classifies code points, with fixed
 * rules of our own so that the result is the same on every JDK.
 *
 * <p>A cluster is a base code point followed by anything that extends it: combining marks, the
 * zero width joiner and the character it joins, variation selectors, emoji skin-tone modifiers,
 * tag characters and conjoining Hangul vowels and finals; two regional indicators make one flag.
 * This is a simplified version of the extended grapheme clusters of Unicode Standard Annex 29,
 * that never splits what the annex keeps together for the scripts and emoji we care about, and
 * never uses {@link java.text.BreakIterator}, whose rules changed between JDK 17 and 20.
 *
 * <p>One deliberate difference: a mark after a white space starts a cluster of its own, so that
 * collapsing and breaking at white space never has to look inside a cluster.
 */
final class Clusters {
  static final int ZWJ = 0x200D;
  static final int VS16 = 0xFE0F;
  static final int KEYCAP = 0x20E3;

  private Clusters() {}

  /** The end (exclusive char index) of the cluster that starts at {@code start}. */
  static int end(CharSequence s, int start, WidthTable table) {
    int length = s.length();
    int cp = Character.codePointAt(s, start);
    int i = start + Character.charCount(cp);
    if (isCollapsibleSpace(cp)) {
      return i;
    }
    if (isRegionalIndicator(cp) && i < length) {
      int next = Character.codePointAt(s, i);
      if (isRegionalIndicator(next)) {
        i += Character.charCount(next);
      }
    }
    while (i < length) {
      int next = Character.codePointAt(s, i);
      if (!extendsCluster(next, table)) {
        break;
      }
      i += Character.charCount(next);
      if (next == ZWJ && i < length) {
        // Unicode only joins a pictograph after ZWJ; we join any character, as some scripts
        // use ZWJ to ask for a joined form, and a line ending in ZWJ would lose it.
        int joined = Character.codePointAt(s, i);
        if (!isCollapsibleSpace(joined)) {
          i += Character.charCount(joined);
        }
      }
    }
    return i;
  }

  /** Whether the code point continues the cluster before it. */
  static boolean extendsCluster(int cp, WidthTable table) {
    return cp == ZWJ
        || (cp >= 0xFE00 && cp <= 0xFE0F) // variation selectors
        || (cp >= 0x1F3FB && cp <= 0x1F3FF) // emoji skin-tone modifiers
        || (cp >= 0xE0000 && cp <= 0xE0FFF) // tags and variation selectors supplement
        || (cp >= 0x1160 && cp <= 0x11FF) // conjoining Hangul vowels and finals
        || table.isMark(cp)
        || table.isSpacingMark(cp);
  }

  /**
   * Whether the code point is white space that wrapping collapses to one space and may break
   * at. The no-break spaces (U+00A0, U+2007, U+202F) are not: they keep words together.
   */
  static boolean isCollapsibleSpace(int cp) {
    return (cp >= 0x09 && cp <= 0x0D)
        || (cp >= 0x1C && cp <= 0x20)
        || cp == 0x1680
        || (cp >= 0x2000 && cp <= 0x2006)
        || (cp >= 0x2008 && cp <= 0x200A)
        || cp == 0x2028
        || cp == 0x2029
        || cp == 0x205F
        || cp == 0x3000;
  }

  /** Whether the code point draws nothing and takes no room (besides combining marks). */
  static boolean isInvisible(int cp) {
    return cp == 0x00AD // soft hyphen: only shown where a line breaks, and we never break there
        || (cp >= 0x200B && cp <= 0x200F)
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2060 && cp <= 0x206F)
        || (cp >= 0xFE00 && cp <= 0xFE0F)
        || cp == 0xFEFF
        || (cp >= 0xE0000 && cp <= 0xE0FFF);
  }

  static boolean isRegionalIndicator(int cp) {
    return cp >= 0x1F1E6 && cp <= 0x1F1FF;
  }

  /**
   * Whether the code point is drawn as an emoji by default: the pictograph planes (mahjong to
   * symbols and pictographs extended-A, and the block reserved for more) and the code points
   * below them that have emoji presentation by default (watch, hourglass, zodiac signs, ...).
   */
  static boolean isEmoji(int cp) {
    if (cp >= 0x1F000) {
      return cp <= 0x1FAFF || (cp >= 0x1FC00 && cp <= 0x1FFFD);
    }
    if (cp < 0x231A || cp > 0x2B55) {
      return false;
    }
    switch (cp) {
      case 0x231A: case 0x231B: case 0x23E9: case 0x23EA: case 0x23EB: case 0x23EC:
      case 0x23F0: case 0x23F3: case 0x25FD: case 0x25FE: case 0x2614: case 0x2615:
      case 0x267F: case 0x2693: case 0x26A1: case 0x26AA: case 0x26AB: case 0x26BD:
      case 0x26BE: case 0x26C4: case 0x26C5: case 0x26CE: case 0x26D4: case 0x26EA:
      case 0x26F2: case 0x26F3: case 0x26F5: case 0x26FA: case 0x26FD: case 0x2705:
      case 0x270A: case 0x270B: case 0x2728: case 0x274C: case 0x274E: case 0x2753:
      case 0x2754: case 0x2755: case 0x2757: case 0x2795: case 0x2796: case 0x2797:
      case 0x27B0: case 0x27BF: case 0x2B1B: case 0x2B1C: case 0x2B50: case 0x2B55:
        return true;
      default:
        return cp >= 0x2648 && cp <= 0x2653; // zodiac signs
    }
  }

  /**
   * Whether the code point is set one em wide in East Asian typography: Hangul, CJK radicals,
   * symbols and punctuation, kana, CJK ideographs (all planes), Yi, compatibility ideographs and
   * forms, and fullwidth forms.
   */
  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F)
        || (cp >= 0x2E80 && cp <= 0x303E)
        || (cp >= 0x3041 && cp <= 0x33FF)
        || (cp >= 0x3400 && cp <= 0x4DBF)
        || (cp >= 0x4E00 && cp <= 0x9FFF)
        || (cp >= 0xA000 && cp <= 0xA4CF)
        || (cp >= 0xA960 && cp <= 0xA97F)
        || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F)
        || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6)
        || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
