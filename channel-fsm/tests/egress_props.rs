//! Property tests for channel E: no panic on any string, and the validators
//! agree with independently generated valid and corrupted values.

mod egress_support;

use egress_support::*;
use proptest::prelude::*;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>(), sp in proptest::option::of(any::<String>())) {
        let mut ch = channel();
        let _ = ipc::channel::Channel::evaluate(&mut ch, 0, &request(&s, sp.as_deref()));
    }

    #[test]
    fn never_panics_on_number_soup(s in "[0-9 .:+()/@a-fA-FxX\\-]{0,200}") {
        let mut ch = channel();
        let _ = judge(&mut ch, &s);
    }

    #[test]
    fn luhn_valid_visa_blocks_and_twin_passes(seed in any::<u64>()) {
        let n = card("4", 16, seed);
        let mut ch = channel();
        let leak = format!("card {n} ok");
        let twin = format!("card {} ok", break_last(&n));
        prop_assert!(!judge(&mut ch, &leak).pass);
        prop_assert!(judge(&mut ch, &twin).pass);
        prop_assert!(channel_fsm::egress::validate::luhn_valid(n.as_bytes()));
        prop_assert!(!channel_fsm::egress::validate::luhn_valid(break_last(&n).as_bytes()));
    }

    #[test]
    fn any_single_digit_change_breaks_luhn(seed in any::<u64>(), pos in 0usize..16, delta in 1u8..10) {
        let n = card("5", 16, seed).into_bytes();
        let mut m = n.clone();
        m[pos] = b'0' + (m[pos] - b'0' + delta) % 10;
        prop_assert!(!channel_fsm::egress::validate::luhn_valid(&m));
    }

    #[test]
    fn generated_ibans_validate_and_corruptions_fail(bban in "[0-9]{18}", pos in 4usize..22, delta in 1u8..10) {
        let good = iban("DE", &bban);
        prop_assert!(channel_fsm::egress::validate::mod97_valid(good.as_bytes()));
        let mut bad = good.clone().into_bytes();
        bad[pos] = b'0' + (bad[pos] - b'0' + delta) % 10;
        prop_assert!(!channel_fsm::egress::validate::mod97_valid(&bad));
        let mut ch = channel();
        let leak = format!("IBAN {}", spaced(&good));
        let twin = format!("IBAN {}", String::from_utf8_lossy(&bad));
        prop_assert!(!judge(&mut ch, &leak).pass);
        prop_assert!(judge(&mut ch, &twin).pass);
    }

    #[test]
    fn ssn_rules(area in 0u32..1000, group in 0u32..100, serial in 0u32..10000) {
        let s = format!("{area:03}{group:02}{serial:04}");
        let issuable = area != 0 && area != 666 && area < 900 && group != 0 && serial != 0
            && !matches!((area, group, serial), (78, 5, 1120) | (219, 9, 9999) | (123, 45, 6789));
        prop_assert_eq!(channel_fsm::egress::validate::ssn_valid(s.as_bytes()), issuable);
    }
}
