//! Raw-input screening before any folding: malformed control characters,
//! invisible-character smuggling, and the size limits.

use super::normalise::is_invisible;

/// Hard cap on raw input we are willing to fold (8 KiB of visible text may
/// carry a large zalgo or invisible payload; beyond this it is not a prompt).
pub const MAX_RAW_BYTES: usize = 256 * 1024;
/// Limit on the structural view.
pub const MAX_NORMALISED_BYTES: usize = 8 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    Ok,
    Malformed,
    Invisible,
    TooLong,
}

fn is_zero_width(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{180E}' | '\u{00AD}' | '\u{034F}')
}

/// Letters of scripts where zero-width joiners have no orthographic use.
fn joins_nothing(c: char) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{0370}'..='\u{03FF}' | '\u{0400}'..='\u{04FF}')
}

pub fn screen(raw: &str) -> Screen {
    if raw.len() > MAX_RAW_BYTES {
        return Screen::TooLong;
    }
    let mut prev: Option<char> = None;
    let mut pending_zw = false;
    let mut zw_inside_words = 0usize;
    let mut tags = 0usize;
    let mut vs_run = 0usize;
    let mut vs_long_runs = 0usize;
    let mut bidi = 0usize;
    for c in raw.chars() {
        if c.is_ascii() {
            // Fast path: printable ASCII and the allowed whitespace.
            if (c < ' ' && !matches!(c, '\n' | '\r' | '\t')) || c == '\u{7F}' {
                return Screen::Malformed;
            }
            vs_run = 0;
            if pending_zw && joins_nothing(c) {
                zw_inside_words += 1;
            }
            pending_zw = false;
            prev = Some(c);
            continue;
        }
        let malformed = (c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
            || matches!(c, '\u{FFFE}' | '\u{FFFF}' | '\u{FFF9}'..='\u{FFFB}');
        if malformed {
            return Screen::Malformed;
        }
        if matches!(c, '\u{E0000}'..='\u{E007F}') {
            tags += 1;
        }
        if matches!(c, '\u{FE00}'..='\u{FE0F}' | '\u{E0100}'..='\u{E01EF}') {
            vs_run += 1;
            if vs_run == 3 {
                vs_long_runs += 1;
            }
        } else {
            vs_run = 0;
        }
        if matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}') {
            bidi += 1;
        }
        if is_zero_width(c) {
            if prev.is_some_and(joins_nothing) {
                pending_zw = true;
            }
            continue;
        }
        if is_invisible(c) {
            continue;
        }
        if pending_zw && joins_nothing(c) {
            zw_inside_words += 1;
        }
        pending_zw = false;
        prev = Some(c);
    }
    // Tag characters spell hidden ASCII; a flag emoji uses a handful after
    // U+1F3F4, so only longer runs count.
    if tags > 8 || vs_long_runs > 0 || zw_inside_words >= 3 || bidi >= 4 {
        return Screen::Invisible;
    }
    Screen::Ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn screens() {
        assert_eq!(screen("hello\tworld\n"), Screen::Ok);
        assert_eq!(screen("bad\u{7}bell"), Screen::Malformed);
        assert_eq!(
            screen("ig\u{200B}no\u{200B}re pr\u{200B}ev"),
            Screen::Invisible
        );
        assert_eq!(
            screen("family 👨\u{200D}👩\u{200D}👧\u{200D}👦"),
            Screen::Ok
        );
        assert_eq!(screen("hi \u{E0069}\u{E0067}\u{E006E}\u{E006F}\u{E0072}\u{E0065}\u{E0020}\u{E0061}\u{E006C}\u{E006C}"), Screen::Invisible);
        assert_eq!(screen("I ❤\u{FE0F} this"), Screen::Ok);
    }
}
