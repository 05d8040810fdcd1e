//! Folds look-alike characters onto ASCII before PII scanning.
//!
//! Models sometimes emit full-width digits, non-breaking spaces or Unicode
//! dashes inside numbers; the validators only speak ASCII, so those are mapped
//! here. Zero-width characters are dropped so they cannot split a run. Pure
//! ASCII input is returned borrowed (the common, allocation-free case).

use std::borrow::Cow;

/// ASCII-folded view of `text` for the PII scanner and the leak matcher.
pub fn fold(text: &str) -> Cow<'_, str> {
    if text.is_ascii() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fold_char(c) {
            Folded::Keep => out.push(c),
            Folded::To(a) => out.push(a),
            Folded::Drop => {}
        }
    }
    Cow::Owned(out)
}

enum Folded {
    Keep,
    To(char),
    Drop,
}

fn fold_char(c: char) -> Folded {
    let u = c as u32;
    match u {
        // Full-width ASCII block (！ … ～).
        0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).map_or(Folded::Keep, Folded::To),
        // No-break, typographic and ideographic spaces.
        0x00A0 | 0x2000..=0x200A | 0x202F | 0x205F | 0x3000 => Folded::To(' '),
        // Hyphens, figure/en/em dashes, minus signs.
        0x2010..=0x2015 | 0x2212 | 0xFE58 | 0xFE63 => Folded::To('-'),
        // Zero-width and invisible formatting characters, soft hyphen.
        0x00AD | 0x200B..=0x200D | 0x2060..=0x2064 | 0xFEFF | 0x180E => Folded::Drop,
        // Unicode tag characters (used to smuggle text invisibly).
        0xE0000..=0xE007F => Folded::Drop,
        // One-dot leader / fullwidth stop look like a dot.
        0x2024 => Folded::To('.'),
        _ => Folded::Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_borrowed() {
        assert!(matches!(fold("abc 123"), Cow::Borrowed(_)));
    }

    #[test]
    fn folds_lookalikes() {
        assert_eq!(fold("４１５\u{a0}555\u{2013}0130"), "415 555-0130");
        assert_eq!(fold("12\u{200b}34"), "1234");
        assert_eq!(fold("a＠b"), "a@b");
    }
}
