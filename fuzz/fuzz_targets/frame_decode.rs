//! The postcard frame decoder over every internal message type: no panic, no
//! length field past MAX_FRAME accepted, a decoded frame uses exactly its
//! declared length, and what decodes re-encodes to a frame that decodes to the
//! same message (for ToChannel also through the borrowing twin the supervisor
//! sends on its hot path).
#![no_main]

use ipc::frame::{decode_from, encode, FrameReader};
use ipc::{EvalRequestRef, FromAudit, FromChannel, ToAudit, ToChannel, ToChannelRef, MAX_FRAME};
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};
use std::fmt::Debug;

fn declared_len(data: &[u8]) -> usize {
    u32::from_le_bytes([data[0], data[1], data[2], data[3]]) as usize
}

fn one<T: DeserializeOwned + Serialize + PartialEq + Debug>(data: &[u8]) -> Option<T> {
    match decode_from::<T>(data) {
        Ok(Some((msg, used))) => {
            let len = declared_len(data);
            assert!(len <= MAX_FRAME);
            assert_eq!(used, 4 + len);
            let again = encode(&msg).expect("a decoded message encodes");
            let (back, n) = decode_from::<T>(&again)
                .expect("re-decodes")
                .expect("complete");
            assert_eq!(n, again.len());
            assert_eq!(back, msg);
            Some(msg)
        }
        Ok(None) => {
            // Only a short buffer asks for more.
            if data.len() >= 4 {
                assert!(data.len() < 4 + declared_len(data));
            }
            None
        }
        Err(_) => None,
    }
}

fn stream<T: DeserializeOwned + Debug>(data: &[u8]) {
    let mut r = FrameReader::new(data);
    for _ in 0..64 {
        match r.read::<T>() {
            Ok(Some(_)) => {}
            Ok(None) | Err(_) => break,
        }
    }
}

fuzz_target!(|data: &[u8]| {
    if let Some(ToChannel::Evaluate(req)) = one::<ToChannel>(data) {
        let borrowed = ToChannelRef::Evaluate(EvalRequestRef {
            id: req.id,
            generation: req.generation,
            tenant: req.tenant,
            prompt: &req.prompt,
            response: req.response.as_deref(),
            system_prompt: req.system_prompt.as_deref(),
        });
        assert_eq!(
            encode(&borrowed).unwrap(),
            encode(&ToChannel::Evaluate(req.clone())).unwrap(),
            "ToChannelRef and ToChannel encode differently"
        );
    }
    let _ = one::<FromChannel>(data);
    let _ = one::<ToAudit>(data);
    let _ = one::<FromAudit>(data);
    stream::<ToChannel>(data);
    stream::<FromChannel>(data);
    stream::<ToAudit>(data);
    stream::<FromAudit>(data);
});
