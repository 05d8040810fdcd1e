//! Input hygiene checked on the raw prompt, before any normalisation:
//! forbidden control characters and invisible-character smuggling.
//!
//! These run first because normalisation deletes exactly the evidence they look at.

/// Largest accepted prompt, in bytes, after normalisation.
pub const MAX_NORMALISED_BYTES: usize = 8 * 1024;

/// Zero-width characters found between two letters at least this often are an
/// obfuscation attempt ("ig\u{200B}no\u{200B}re"), not typography.
const MAX_ZERO_WIDTH_IN_WORDS: usize = 3;

/// Stray variation selectors (not following an emoji or ideograph) tolerated.
const MAX_STRAY_SELECTORS: usize = 3;

/// C0 controls other than tab/newline/carriage return, DEL and C1 controls.
pub fn is_forbidden_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// Unicode tag characters (U+E0000 block): invisible ASCII shadows.
pub fn is_tag(c: char) -> bool {
    ('\u{E0000}'..='\u{E007F}').contains(&c)
}

/// Variation selectors, both blocks.
pub fn is_variation_selector(c: char) -> bool {
    ('\u{FE00}'..='\u{FE0F}').contains(&c) || ('\u{E0100}'..='\u{E01EF}').contains(&c)
}

/// Characters that render as nothing and carry no meaning for matching.
pub fn is_invisible(c: char) -> bool {
    // Every prompt's every character comes through here: ASCII is never invisible.
    if c < '\u{00AD}' {
        return false;
    }
    matches!(
        c,
        '\u{00AD}'
            | '\u{034F}'
            | '\u{061C}'
            | '\u{115F}'
            | '\u{1160}'
            | '\u{17B4}'
            | '\u{17B5}'
            | '\u{180B}'..='\u{180F}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{206F}'
            | '\u{3164}'
            | '\u{FEFF}'
            | '\u{FFA0}'
            | '\u{FFF9}'..='\u{FFFB}'
            | '\u{1BCA0}'..='\u{1BCA3}'
            | '\u{1D173}'..='\u{1D17A}'
    ) || is_tag(c)
        || is_variation_selector(c)
}

fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}'
    )
}

/// Emoji-ish or ideographic bases that legitimately take a variation selector.
fn takes_selector(c: char) -> bool {
    let u = c as u32;
    (0x2190..=0x2BFF).contains(&u)
        || (0x1F000..=0x1FAFF).contains(&u)
        || (0x3000..=0x9FFF).contains(&u)
        || (0xF900..=0xFAFF).contains(&u)
        || (0x20000..=0x3FFFF).contains(&u)
        || matches!(
            c,
            '#' | '*' | '0'
                ..='9'
                    | '\u{00A9}'
                    | '\u{00AE}'
                    | '\u{203C}'
                    | '\u{2049}'
                    | '\u{2122}'
                    | '\u{2139}'
        )
}

/// Latin letters: zero-width joiners between them have no typographic use,
/// unlike between Arabic or Indic letters where ZWJ/ZWNJ shape the glyphs.
fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (('\u{00C0}'..='\u{024F}').contains(&c) && c.is_alphabetic())
}

/// Why the raw text is refused before any rule runs, if it is.
pub fn precheck(raw: &str) -> Option<&'static str> {
    // Most prompts are plain ASCII: then only control characters can fail, and
    // a byte scan finds them without the per-character state below.
    if raw.is_ascii() {
        let control = raw.bytes().any(|b| is_forbidden_control(char::from(b)));
        return control.then_some("MalformedInput");
    }
    let mut zw_in_words = 0usize;
    let mut stray_selectors = 0usize;
    let mut prev_visible: Option<char> = None;
    let mut prev_raw: Option<char> = None;
    // A zero-width char seen after a letter, waiting to see whether a letter follows.
    let mut pending_zw = 0usize;
    // Inside an emoji tag sequence (black flag + tag letters + cancel tag).
    let mut in_flag_tags = false;
    let mut flag_tag_len = 0usize;
    for c in raw.chars() {
        if is_forbidden_control(c) {
            return Some("MalformedInput");
        }
        if is_tag(c) {
            let after_flag = prev_raw == Some('\u{1F3F4}');
            if after_flag {
                in_flag_tags = true;
                flag_tag_len = 0;
            }
            if !in_flag_tags {
                return Some("InvisibleCharacters");
            }
            flag_tag_len += 1;
            // Subdivision flags are at most ~7 tags; longer runs smuggle text.
            if flag_tag_len > 8 {
                return Some("InvisibleCharacters");
            }
            if c == '\u{E007F}' {
                in_flag_tags = false;
            }
            prev_raw = Some(c);
            continue;
        }
        in_flag_tags = false;
        if matches!(c, '\u{202D}' | '\u{202E}') {
            // Bidi overrides display text in another order than it is stored.
            return Some("InvisibleCharacters");
        }
        if is_variation_selector(c) {
            let ok = prev_raw.is_some_and(takes_selector);
            if !ok {
                stray_selectors += 1;
                if stray_selectors > MAX_STRAY_SELECTORS {
                    return Some("InvisibleCharacters");
                }
            }
            prev_raw = Some(c);
            continue;
        }
        if is_zero_width(c) {
            if prev_visible.is_some_and(is_latin_letter) || pending_zw > 0 {
                pending_zw += 1;
            }
            prev_raw = Some(c);
            continue;
        }
        if pending_zw > 0 && is_latin_letter(c) {
            zw_in_words += 1;
            if zw_in_words >= MAX_ZERO_WIDTH_IN_WORDS {
                return Some("InvisibleCharacters");
            }
        }
        pending_zw = 0;
        if !is_invisible(c) {
            prev_visible = Some(c);
        }
        prev_raw = Some(c);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn controls_are_malformed() {
        assert_eq!(precheck("a\u{1}b"), Some("MalformedInput"));
        assert_eq!(precheck("a\u{85}b"), Some("MalformedInput"));
        assert_eq!(precheck("line\r\nnext\ttab"), None);
    }

    #[test]
    fn zero_width_inside_words_blocks_but_emoji_joiners_pass() {
        assert_eq!(
            precheck("ig\u{200B}no\u{200B}re pre\u{200B}vious"),
            Some("InvisibleCharacters")
        );
        assert_eq!(precheck("family 👨\u{200D}👩\u{200D}👧 photo"), None);
        assert_eq!(precheck("می\u{200C}خواهم"), None);
    }

    #[test]
    fn tags_outside_flags_block() {
        let smuggled: String = "hi".chars().chain("\u{E0069}\u{E0067}".chars()).collect();
        assert_eq!(precheck(&smuggled), Some("InvisibleCharacters"));
        let england = "\u{1F3F4}\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}";
        assert_eq!(precheck(england), None);
    }

    #[test]
    fn selector_smuggling_blocks() {
        let s = format!("😀{}", "\u{E0101}\u{E0102}\u{E0103}\u{E0104}\u{E0105}");
        // The first follows an emoji; the rest are stray.
        assert_eq!(precheck(&s), Some("InvisibleCharacters"));
        assert_eq!(precheck("❤\u{FE0F} thanks"), None);
    }
}
