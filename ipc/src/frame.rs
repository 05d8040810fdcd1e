//! Length-prefixed postcard frames.
//!
//! A frame is a u32 little-endian length followed by that many bytes of postcard.
//! The length is checked against [`MAX_FRAME`] before anything is allocated, and
//! decoding rejects trailing bytes (`postcard::from_bytes` would silently ignore
//! them). Decoding works on a byte buffer so the same code serves blocking
//! readers in the children and async readers in the supervisor.

use serde::{de::DeserializeOwned, Serialize};
use std::io::{self, Read, Write};

/// Largest frame body accepted on any internal socket. A client line is at most
/// 1 MiB; an egress request carries prompt, response and system prompt, so the
/// internal limit leaves room for three of them.
pub const MAX_FRAME: usize = 4 << 20;

const HEADER: usize = 4;

#[derive(Debug, thiserror::Error)]
pub enum FrameError {
    #[error("frame of {len} bytes exceeds the {max}-byte limit")]
    TooLarge { len: usize, max: usize },
    #[error("frame body is not a valid message: {0}")]
    Decode(#[from] postcard::Error),
    #[error("frame body has {0} trailing bytes after the message")]
    TrailingBytes(usize),
    #[error("connection closed in the middle of a frame")]
    Truncated,
    #[error("i/o error on the frame stream: {0}")]
    Io(#[from] io::Error),
}

/// Appends one encoded frame to `out`. On error `out` is left as it was.
pub fn encode_into<T: Serialize>(msg: &T, out: &mut Vec<u8>) -> Result<(), FrameError> {
    let start = out.len();
    out.extend_from_slice(&[0u8; HEADER]);
    if let Err(e) = postcard::to_extend(msg, Appender(out)) {
        out.truncate(start);
        return Err(FrameError::Decode(e));
    }
    let len = out.len() - start - HEADER;
    if len > MAX_FRAME {
        out.truncate(start);
        return Err(FrameError::TooLarge {
            len,
            max: MAX_FRAME,
        });
    }
    out[start..start + HEADER].copy_from_slice(&(len as u32).to_le_bytes());
    Ok(())
}

/// Lets postcard append straight into a caller's buffer (no intermediate Vec).
struct Appender<'a>(&'a mut Vec<u8>);

impl Extend<u8> for Appender<'_> {
    fn extend<I: IntoIterator<Item = u8>>(&mut self, iter: I) {
        self.0.extend(iter);
    }
}

/// Encodes one frame into a fresh buffer.
pub fn encode<T: Serialize>(msg: &T) -> Result<Vec<u8>, FrameError> {
    let mut out = Vec::new();
    encode_into(msg, &mut out)?;
    Ok(out)
}

/// Decodes a frame body, rejecting trailing bytes.
pub fn decode_body<T: DeserializeOwned>(body: &[u8]) -> Result<T, FrameError> {
    let (msg, rest) = postcard::take_from_bytes::<T>(body)?;
    if !rest.is_empty() {
        return Err(FrameError::TrailingBytes(rest.len()));
    }
    Ok(msg)
}

/// Tries to take one complete frame from the front of `buf`.
///
/// Returns `Ok(None)` when more bytes are needed, `Ok(Some((msg, used)))` when a
/// frame was decoded from the first `used` bytes.
pub fn decode_from<T: DeserializeOwned>(buf: &[u8]) -> Result<Option<(T, usize)>, FrameError> {
    if buf.len() < HEADER {
        return Ok(None);
    }
    let len = frame_len(buf)?;
    if buf.len() < HEADER + len {
        return Ok(None);
    }
    let msg = decode_body(&buf[HEADER..HEADER + len])?;
    Ok(Some((msg, HEADER + len)))
}

fn frame_len(buf: &[u8]) -> Result<usize, FrameError> {
    let len = u32::from_le_bytes([buf[0], buf[1], buf[2], buf[3]]) as usize;
    if len > MAX_FRAME {
        return Err(FrameError::TooLarge {
            len,
            max: MAX_FRAME,
        });
    }
    Ok(len)
}

/// Reads frames from a blocking stream, many per `read` call when they are queued.
pub struct FrameReader<R> {
    inner: R,
    buf: Vec<u8>,
    start: usize,
}

impl<R: Read> FrameReader<R> {
    pub fn new(inner: R) -> Self {
        FrameReader {
            inner,
            buf: Vec::with_capacity(64 * 1024),
            start: 0,
        }
    }

    /// The stream underneath (to set socket options).
    pub fn get_ref(&self) -> &R {
        &self.inner
    }

    /// True when a whole frame is already buffered, so the next [`read`](Self::read)
    /// returns without touching the stream.
    pub fn has_frame(&self) -> bool {
        let rest = &self.buf[self.start..];
        rest.len() >= HEADER && frame_len(rest).map_or(true, |len| rest.len() >= HEADER + len)
    }

    /// The next message, or `None` on a clean end of stream between frames.
    pub fn read<T: DeserializeOwned>(&mut self) -> Result<Option<T>, FrameError> {
        loop {
            if let Some((msg, used)) = decode_from::<T>(&self.buf[self.start..])? {
                self.start += used;
                return Ok(Some(msg));
            }
            if self.start > 0 {
                self.buf.drain(..self.start);
                self.start = 0;
            }
            let old = self.buf.len();
            let want = if old >= HEADER {
                (HEADER + frame_len(&self.buf)?).max(old + 16 * 1024)
            } else {
                old + 64 * 1024
            };
            self.buf.resize(want, 0);
            let n = match self.inner.read(&mut self.buf[old..]) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    self.buf.truncate(old);
                    continue;
                }
                Err(e) => {
                    self.buf.truncate(old);
                    return Err(e.into());
                }
            };
            self.buf.truncate(old + n);
            if n == 0 {
                return if self.buf.is_empty() {
                    Ok(None)
                } else {
                    Err(FrameError::Truncated)
                };
            }
        }
    }
}

/// Writes one message as a frame to a blocking stream.
pub fn write_frame<W: Write, T: Serialize>(w: &mut W, msg: &T) -> Result<(), FrameError> {
    let buf = encode(msg)?;
    w.write_all(&buf)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::wire::*;
    use proptest::prelude::*;

    fn sample() -> ToChannel {
        ToChannel::Evaluate(EvalRequest {
            id: 7,
            generation: 1,
            tenant: 0,
            prompt: "What is the capital of France?".into(),
            response: None,
            system_prompt: None,
        })
    }

    #[test]
    fn round_trip_through_reader() {
        let mut bytes = Vec::new();
        encode_into(&sample(), &mut bytes).unwrap();
        encode_into(&ToChannel::Ping { nonce: 3 }, &mut bytes).unwrap();
        let mut r = FrameReader::new(&bytes[..]);
        assert_eq!(r.read::<ToChannel>().unwrap(), Some(sample()));
        assert_eq!(
            r.read::<ToChannel>().unwrap(),
            Some(ToChannel::Ping { nonce: 3 })
        );
        assert_eq!(r.read::<ToChannel>().unwrap(), None);
    }

    #[test]
    fn has_frame_tells_whether_the_next_read_needs_the_stream() {
        let mut bytes = Vec::new();
        encode_into(&sample(), &mut bytes).unwrap();
        encode_into(&ToChannel::Ping { nonce: 3 }, &mut bytes).unwrap();
        // The second frame arrives in two pieces.
        let cut = bytes.len() - 2;
        let (first, last) = bytes.split_at(cut);
        let mut r = FrameReader::new(first.chain(last));
        assert!(!r.has_frame(), "nothing read yet");
        assert_eq!(r.read::<ToChannel>().unwrap(), Some(sample()));
        assert!(!r.has_frame(), "only part of the ping is buffered");
        assert_eq!(
            r.read::<ToChannel>().unwrap(),
            Some(ToChannel::Ping { nonce: 3 })
        );
        assert!(!r.has_frame());

        let mut r = FrameReader::new(&bytes[..]);
        assert_eq!(r.read::<ToChannel>().unwrap(), Some(sample()));
        assert!(r.has_frame(), "both frames came in one read");
    }

    #[test]
    fn oversized_length_is_rejected_before_allocation() {
        let bytes = (u32::MAX).to_le_bytes();
        assert!(matches!(
            decode_from::<ToChannel>(&bytes),
            Err(FrameError::TooLarge { .. })
        ));
    }

    #[test]
    fn trailing_bytes_are_rejected() {
        let mut body = postcard::to_stdvec(&ToChannel::Ping { nonce: 1 }).unwrap();
        body.push(0);
        assert!(matches!(
            decode_body::<ToChannel>(&body),
            Err(FrameError::TrailingBytes(1))
        ));
    }

    #[test]
    fn eof_inside_a_frame_is_an_error() {
        let bytes = encode(&sample()).unwrap();
        let mut r = FrameReader::new(&bytes[..bytes.len() - 1]);
        assert!(matches!(r.read::<ToChannel>(), Err(FrameError::Truncated)));
    }

    #[test]
    fn partial_input_asks_for_more() {
        let bytes = encode(&sample()).unwrap();
        for cut in 0..bytes.len() {
            assert!(decode_from::<ToChannel>(&bytes[..cut]).unwrap().is_none());
        }
    }

    proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..256)) {
            let _ = decode_from::<ToChannel>(&bytes);
            let _ = decode_from::<FromAudit>(&bytes);
            let mut r = FrameReader::new(&bytes[..]);
            while let Ok(Some(_)) = r.read::<FromChannel>() {}
        }

        #[test]
        fn any_prompt_round_trips(prompt in ".*", id in any::<u64>()) {
            let msg = ToChannel::Evaluate(EvalRequest { id, generation: 2, tenant: 1, prompt, response: Some("r".into()), system_prompt: None });
            let bytes = encode(&msg).unwrap();
            let (back, used) = decode_from::<ToChannel>(&bytes).unwrap().unwrap();
            prop_assert_eq!(used, bytes.len());
            prop_assert_eq!(back, msg);
        }
    }
}
