//! Small look-behind helpers: is a candidate introduced by certain words?
//!
//! Every look-behind is bounded by a constant window, so calling these once per
//! candidate keeps the scan linear in the response size.

/// True when one of `words` (lowercase ASCII) ends within `window` bytes
/// before `pos` in `text` (ASCII case-insensitive), at a word start.
pub fn preceded_by(text: &[u8], pos: usize, window: usize, words: &[&str]) -> bool {
    let start = pos.saturating_sub(window);
    let hay = &text[start..pos.min(text.len())];
    words.iter().any(|w| contains_word(hay, w.as_bytes()))
}

fn contains_word(hay: &[u8], word: &[u8]) -> bool {
    if word.is_empty() || hay.len() < word.len() {
        return false;
    }
    (0..=hay.len() - word.len()).any(|i| {
        let at_start = i == 0 || !hay[i - 1].is_ascii_alphanumeric();
        at_start && hay[i..i + word.len()].eq_ignore_ascii_case(word)
    })
}

/// Words that say a value is illustrative rather than real; only used to let
/// *reserved* values (documentation ranges, fiction numbers) through.
pub const EXAMPLE_WORDS: &[&str] = &[
    "example",
    "e.g.",
    "eg.",
    "for instance",
    "such as",
    "placeholder",
    "dummy",
    "fictional",
    "fictitious",
    "fake",
    "documentation",
    "reserved",
];

/// True when a reserved value at `pos` reads as an illustration.
pub fn is_example(text: &[u8], pos: usize) -> bool {
    preceded_by(text, pos, 48, EXAMPLE_WORDS)
}

/// The lowercase-insensitive previous word (letters only) before `pos`,
/// skipping spaces; empty when there is none. Bounded to 16 bytes.
pub fn previous_word(text: &[u8], pos: usize) -> &[u8] {
    let mut end = pos.min(text.len());
    while end > 0 && text[end - 1] == b' ' {
        end -= 1;
    }
    let mut start = end;
    while start > 0 && end - start < 16 && text[start - 1].is_ascii_alphabetic() {
        start -= 1;
    }
    &text[start..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_words_at_word_start() {
        let t = b"my SSN is 123";
        assert!(preceded_by(t, 10, 32, &["ssn"]));
        assert!(!preceded_by(b"lessn 123", 6, 32, &["ssn"]));
    }

    #[test]
    fn previous_word_skips_spaces() {
        assert_eq!(previous_word(b"version 1.2", 8), b"version");
        assert_eq!(previous_word(b"v1.2", 1), b"v");
        assert_eq!(previous_word(b"", 0), b"");
    }
}
