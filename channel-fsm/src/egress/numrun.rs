//! Numeric runs: digit groups joined by short separators.
//!
//! The scanner cuts the response into maximal runs such as `(415) 555-0130`,
//! `4486-5811-3642-5414`, `10.42.7.19` or `+81 90-3983-8012`; the card, SSN,
//! phone and IPv4 validators then look at windows of consecutive groups.

/// One group of ASCII digits, `[start, end)` in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Group {
    pub start: usize,
    pub end: usize,
}

impl Group {
    pub fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Bytes that may join two digit groups inside one run.
fn is_sep(b: u8) -> bool {
    matches!(b, b' ' | b'-' | b'.' | b'(' | b')' | b'/')
}

/// Longest separator between two groups (e.g. `") "`, `" - "`).
const MAX_SEP: usize = 3;

/// A run of digit groups. `lead` is what precedes the first group inside the
/// run (`+`, `(`, `+(`), `groups` the digit groups in order.
#[derive(Debug)]
pub struct NumRun<'a> {
    pub text: &'a [u8],
    pub start: usize,
    pub end: usize,
    pub groups: &'a [Group],
}

impl<'a> NumRun<'a> {
    /// Digits of group `k`.
    pub fn digits(&self, k: usize) -> &'a [u8] {
        let g = self.groups[k];
        &self.text[g.start..g.end]
    }

    /// Bytes before group `k`: the lead for `k == 0`, otherwise the separator.
    pub fn sep(&self, k: usize) -> &'a [u8] {
        let from = if k == 0 {
            self.start
        } else {
            self.groups[k - 1].end
        };
        &self.text[from..self.groups[k].start]
    }

    /// True when the run is glued to a word on its left (`tx-2093`, `v1.2`,
    /// `abc123`): such digits are part of an identifier, not a value.
    pub fn glued_left(&self) -> bool {
        glued_before(self.text, self.start)
    }

    /// True when the run continues into a word on its right (`123abc`,
    /// `5.0.0-beta`).
    pub fn glued_right(&self) -> bool {
        glued_after(self.text, self.end)
    }

    /// Right boundary of a window ending at group `k` (inclusive).
    pub fn open_right(&self, k: usize) -> bool {
        k + 1 < self.groups.len() || !self.glued_right()
    }

    /// All digits of groups `a..=b` appended to `out` (cleared first).
    pub fn collect(&self, a: usize, b: usize, out: &mut Vec<u8>) {
        out.clear();
        for k in a..=b {
            out.extend_from_slice(self.digits(k));
        }
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Something identifier-like touches `pos` from the left.
pub fn glued_before(text: &[u8], pos: usize) -> bool {
    if pos == 0 {
        return false;
    }
    let p = text[pos - 1];
    if is_word(p) || p == b'.' {
        return true;
    }
    // `INV-2025`, `/v2/10.0.0.1` style: a joiner right after a word.
    matches!(p, b'-' | b'/') && pos >= 2 && is_word(text[pos - 2])
}

/// Something identifier-like touches `pos` from the right.
pub fn glued_after(text: &[u8], pos: usize) -> bool {
    let Some(&n) = text.get(pos) else {
        return false;
    };
    if is_word(n) {
        return true;
    }
    // `5.0.0-beta`, `1.2.3.4.x`: a joiner followed by a word character.
    matches!(n, b'-' | b'.' | b'_') && text.get(pos + 1).is_some_and(|&b| is_word(b))
}

/// Where a numeric run may start at `i`, the index of its first digit.
pub fn run_start(text: &[u8], i: usize) -> Option<usize> {
    let b = text[i];
    if b.is_ascii_digit() {
        return Some(i);
    }
    if b != b'+' && b != b'(' {
        return None;
    }
    // A lead of up to two bytes: `+`, `(`, `(+`, `+(`.
    let mut j = i + 1;
    if let Some(&n) = text.get(j) {
        if (n == b'+' || n == b'(') && n != b {
            j += 1;
        }
    }
    text.get(j).filter(|d| d.is_ascii_digit()).map(|_| j)
}

/// Extracts the run whose lead starts at `start` and whose first digit is at
/// `first`, pushing its groups into `groups`; returns the run end.
pub fn extract(text: &[u8], first: usize, groups: &mut Vec<Group>) -> usize {
    groups.clear();
    let mut i = first;
    loop {
        let gs = i;
        while i < text.len() && text[i].is_ascii_digit() {
            i += 1;
        }
        groups.push(Group { start: gs, end: i });
        let mut j = i;
        while j < text.len() && j - i < MAX_SEP && is_sep(text[j]) {
            j += 1;
        }
        if j > i && j < text.len() && text[j].is_ascii_digit() && sep_ok(&text[i..j]) {
            i = j;
        } else {
            // A closing parenthesis right after the last group belongs to it
            // (`(555)`), nothing else does.
            return i;
        }
    }
}

/// A separator must be a plausible joiner: no doubled dots or slashes
/// (`1..2`, `1//2`), and at most one `(`/`)` pair element.
fn sep_ok(sep: &[u8]) -> bool {
    let dots = sep.iter().filter(|&&b| b == b'.').count();
    let slashes = sep.iter().filter(|&&b| b == b'/').count();
    let parens = sep.iter().filter(|&&b| b == b'(' || b == b')').count();
    dots <= 1 && slashes <= 1 && parens <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(s: &str) -> (usize, usize, Vec<String>, Vec<String>) {
        let t = s.as_bytes();
        let mut groups = Vec::new();
        let first = run_start(t, 0).expect("start");
        let end = extract(t, first, &mut groups);
        let r = NumRun {
            text: t,
            start: 0,
            end,
            groups: &groups,
        };
        let digits = (0..groups.len())
            .map(|k| String::from_utf8_lossy(r.digits(k)).into_owned())
            .collect();
        let seps = (0..groups.len())
            .map(|k| String::from_utf8_lossy(r.sep(k)).into_owned())
            .collect();
        (0, end, digits, seps)
    }

    #[test]
    fn splits_groups_and_separators() {
        let (_, end, d, s) = run("(415) 555-0130, ok");
        assert_eq!(end, 14);
        assert_eq!(d, ["415", "555", "0130"]);
        assert_eq!(s, ["(", ") ", "-"]);
        let (_, _, d, s) = run("+81 90-3983-8012\nx");
        assert_eq!(d, ["81", "90", "3983", "8012"]);
        assert_eq!(s, ["+", " ", "-", "-"]);
    }

    #[test]
    fn stops_at_words_and_newlines() {
        let (_, end, d, _) = run("10.42.7.19 on port");
        assert_eq!(end, 10);
        assert_eq!(d.len(), 4);
    }

    #[test]
    fn glue() {
        assert!(glued_before(b"tx-2093", 3));
        assert!(glued_before(b"v1.2", 1));
        assert!(!glued_before(b"at 1.2", 3));
        assert!(glued_after(b"1.2-beta", 3));
        assert!(!glued_after(b"1.2. Next", 3));
    }
}
