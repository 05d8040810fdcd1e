//! The client line parser (a copy of the binary's steps, see src/client.rs):
//! no panic; every error answer is one line of JSON with ok=false and an id
//! that is null, a number or a string; only an evaluate with a prompt or an
//! egress with a response ever reaches a channel.
#![no_main]

use libfuzzer_sys::fuzz_target;
use policy_gate_fuzz::client::{error_line, parse, Step};
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    // A line never contains the newline that ends it.
    let line = data.split(|b| *b == b'\n').next().unwrap_or_default();
    match parse(line) {
        Step::Blank => {}
        Step::Error { id, message } => {
            assert!(id.is_null() || id.is_number() || id.is_string());
            let out = error_line(&id, &message);
            assert_eq!(out.iter().filter(|b| **b == b'\n').count(), 1);
            let v: Value = serde_json::from_slice(&out).expect("error line is JSON");
            assert_eq!(v["ok"], false);
            // Non-integer and out-of-range numeric ids go through f64, which
            // serde_json's default parser does not round-trip exactly (found
            // by this target; see docs/hardening.md, finding F1).
            if !id.is_f64() {
                assert_eq!(v["id"], id);
            }
        }
        Step::Evaluate(r) => {
            assert_eq!(r.op, "evaluate");
            assert!(r.prompt.is_some());
            assert!(std::str::from_utf8(line).is_ok());
        }
        Step::Egress(r) => {
            assert_eq!(r.op, "egress");
            assert!(r.response.is_some());
        }
        Step::Control(r) => assert!(matches!(r.op.as_str(), "health" | "status" | "reload")),
    }
});
