//! A child process's reply stream, shared by the threads that produce
//! replies: in a channel process the serving thread (pongs, verdicts, policy
//! acknowledgements) and the watchdog (faults); in the audit process the
//! serving thread.
//!
//! Each thread writes its own replies instead of handing them to a writer
//! thread: at low load that hand-off (a wake-up and a context switch) cost more
//! CPU than a short evaluation. Batching stays: the serving thread buffers
//! verdicts while more requests are waiting and writes them together.

use std::io::Write;
use std::marker::PhantomData;
use std::sync::{Arc, Mutex};

use serde::Serialize;

use crate::frame::encode_into;

/// Verdicts buffered before a write even while more requests are queued, so a
/// deep queue cannot hold finished verdicts back for long.
const MAX_BATCH_MSGS: usize = 32;
const MAX_BATCH_BYTES: usize = 64 * 1024;

/// Replies of type `T`. Cheap to clone; every clone writes to the same socket.
pub struct Replies<T> {
    inner: Arc<Mutex<Inner>>,
    kind: PhantomData<fn(&T)>,
}

impl<T> Clone for Replies<T> {
    fn clone(&self) -> Self {
        Replies {
            inner: self.inner.clone(),
            kind: PhantomData,
        }
    }
}

struct Inner {
    stream: Box<dyn Write + Send>,
    buf: Vec<u8>,
    queued: usize,
    /// The socket failed: the supervisor is gone and the reader will see EOF.
    broken: bool,
}

impl<T: Serialize> Replies<T> {
    pub fn new(stream: impl Write + Send + 'static) -> Replies<T> {
        Replies {
            inner: Arc::new(Mutex::new(Inner {
                stream: Box::new(stream),
                buf: Vec::with_capacity(MAX_BATCH_BYTES),
                queued: 0,
                broken: false,
            })),
            kind: PhantomData,
        }
    }

    /// Buffers `msg` and writes the buffer out when `flush` is set or the batch
    /// is full. False once the socket has failed.
    pub fn send(&self, msg: &T, flush: bool) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        if inner.broken {
            return false;
        }
        if let Err(e) = encode_into(msg, &mut inner.buf) {
            tracing::error!(error = %e, "could not encode a reply frame");
        } else {
            inner.queued += 1;
        }
        if flush || inner.queued >= MAX_BATCH_MSGS || inner.buf.len() >= MAX_BATCH_BYTES {
            inner.write_out()
        } else {
            true
        }
    }

    /// Writes out whatever is buffered. False once the socket has failed.
    pub fn flush(&self) -> bool {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.write_out()
    }
}

impl Inner {
    fn write_out(&mut self) -> bool {
        if self.broken {
            return false;
        }
        if !self.buf.is_empty() {
            let Inner { stream, buf, .. } = self;
            if stream.write_all(buf).and_then(|_| stream.flush()).is_err() {
                self.broken = true;
            }
            self.buf.clear();
            self.queued = 0;
        }
        !self.broken
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::frame::FrameReader;
    use crate::wire::{ChannelVerdict, Decision, FromChannel};

    fn verdict(id: u64) -> FromChannel {
        FromChannel::Verdict(ChannelVerdict {
            id,
            decision: Decision::Pass,
            intent: None,
            reason: None,
            us: 1,
        })
    }

    fn ids(bytes: &[u8]) -> Vec<u64> {
        let mut r = FrameReader::new(bytes);
        let mut out = Vec::new();
        while let Ok(Some(FromChannel::Verdict(v))) = r.read::<FromChannel>() {
            out.push(v.id);
        }
        out
    }

    /// A `Write` whose bytes the test can read back.
    #[derive(Clone, Default)]
    struct Sink(Arc<Mutex<Vec<u8>>>);
    impl Write for Sink {
        fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
            self.0.lock().expect("sink").extend_from_slice(b);
            Ok(b.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    #[test]
    fn buffers_until_flush_or_full_batch() {
        let sink = Sink::default();
        let r: Replies<FromChannel> = Replies::new(sink.clone());
        assert!(r.send(&verdict(1), false));
        assert!(ids(&sink.0.lock().expect("sink")).is_empty());
        assert!(r.flush());
        assert_eq!(ids(&sink.0.lock().expect("sink")), vec![1]);
        for id in 2..2 + MAX_BATCH_MSGS as u64 {
            assert!(r.send(&verdict(id), false));
        }
        // The 32nd buffered verdict filled the batch and went out with the rest.
        assert_eq!(ids(&sink.0.lock().expect("sink")).len(), 1 + MAX_BATCH_MSGS);
        assert!(r.send(&verdict(99), true));
        assert_eq!(ids(&sink.0.lock().expect("sink")).last(), Some(&99));
    }

    #[test]
    fn a_failed_socket_reports_false_and_stays_failed() {
        struct Broken;
        impl Write for Broken {
            fn write(&mut self, _: &[u8]) -> std::io::Result<usize> {
                Err(std::io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> std::io::Result<()> {
                Ok(())
            }
        }
        let r: Replies<FromChannel> = Replies::new(Broken);
        assert!(r.send(&verdict(1), false));
        assert!(!r.send(&verdict(2), true));
        assert!(!r.flush());
        assert!(!r.send(&verdict(3), false));
    }
}
