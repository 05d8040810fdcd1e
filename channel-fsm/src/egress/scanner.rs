//! The single pass over a response: a character-class state machine that
//! recognises where candidate runs start (digit runs, hex/colon runs, `@`,
//! letter-letter-digit-digit), cuts each run once, and hands it to the
//! validators. Each recogniser keeps its own cursor so a byte is visited a
//! constant number of times: the whole scan is linear in the response.

use ipc::PiiKind;

use super::numrun::{self, Group, NumRun};
use super::{cards, email, iban, ipv4, ipv6, phone_intl, phone_us, ssn};

/// Which PII kinds a tenant blocks, as a bit set.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Kinds(u16);

impl Kinds {
    pub fn from_list(kinds: &[PiiKind]) -> Kinds {
        Kinds(kinds.iter().fold(0, |acc, &k| acc | Kinds::bit(k)))
    }

    fn bit(k: PiiKind) -> u16 {
        1 << (k as u16)
    }

    pub fn has(self, k: PiiKind) -> bool {
        self.0 & Kinds::bit(k) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    fn any_numeric(self) -> bool {
        [
            PiiKind::CreditCard,
            PiiKind::Ssn,
            PiiKind::PhoneUs,
            PiiKind::PhoneIntl,
            PiiKind::Ipv4,
        ]
        .iter()
        .any(|&k| self.has(k))
    }
}

/// Reusable buffers, so a scan allocates nothing in the steady state.
#[derive(Default)]
pub struct Scanner {
    groups: Vec<Group>,
    digits: Vec<u8>,
    scratch: Vec<u8>,
}

impl Scanner {
    /// The first PII kind in `want` found in `text`, in text order.
    pub fn first(&mut self, text: &str, want: Kinds) -> Option<PiiKind> {
        if want.is_empty() {
            return None;
        }
        let t = text.as_bytes();
        // One cursor per recogniser: the end of the last run it consumed.
        let mut num_end = 0;
        let mut hex_end = 0;
        let mut i = 0;
        while i < t.len() {
            let b = t[i];
            // Fast path: inside a word (or outside ASCII) only `@` and digits
            // can matter; a lowercase letter or a non-ASCII byte after a word
            // byte starts nothing.
            if (b >= 0x80 || b.is_ascii_lowercase()) && i > 0 && t[i - 1].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            if b == b'@' && want.has(PiiKind::Email) && email::check(t, i) {
                return Some(PiiKind::Email);
            }
            if i >= hex_end && want.has(PiiKind::Ipv6) && ipv6::starts_at(t, i) {
                let (end, colons) = ipv6::extent(t, i);
                hex_end = end;
                // Words and numbers without two colons are no address.
                if colons >= 2 && ipv6::check(t, i, hex_end) {
                    return Some(PiiKind::Ipv6);
                }
            }
            if i >= num_end && want.any_numeric() {
                if let Some(first) = numrun::run_start(t, i) {
                    num_end = numrun::extract(t, first, &mut self.groups);
                    if let Some(k) = self.numeric(t, i, num_end, want) {
                        return Some(k);
                    }
                }
            }
            if want.has(PiiKind::Iban)
                && iban::starts_at(t, i)
                && iban::check(t, i, &mut self.scratch)
            {
                return Some(PiiKind::Iban);
            }
            i += 1;
        }
        None
    }

    /// Runs the number validators over one run, most specific first.
    fn numeric(&mut self, t: &[u8], start: usize, end: usize, want: Kinds) -> Option<PiiKind> {
        let run = NumRun {
            text: t,
            start,
            end,
            groups: &self.groups,
        };
        if want.has(PiiKind::CreditCard) && cards::find(&run, &mut self.digits) {
            return Some(PiiKind::CreditCard);
        }
        if want.has(PiiKind::Ssn) && ssn::find(&run) {
            return Some(PiiKind::Ssn);
        }
        if want.has(PiiKind::Ipv4) && ipv4::find(&run) {
            return Some(PiiKind::Ipv4);
        }
        if want.has(PiiKind::PhoneUs) && phone_us::find(&run) {
            return Some(PiiKind::PhoneUs);
        }
        if let Some(k) = phone_intl::find(&run, &mut self.digits) {
            if want.has(k) {
                return Some(k);
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_bits() {
        let k = Kinds::from_list(&[PiiKind::Email, PiiKind::Iban]);
        assert!(k.has(PiiKind::Email) && k.has(PiiKind::Iban));
        assert!(!k.has(PiiKind::Ssn));
        assert!(Kinds::from_list(PiiKind::ALL).has(PiiKind::Ipv6));
    }
}
