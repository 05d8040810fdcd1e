//! Cheap per-process health figures: a log-bucketed latency histogram and RSS.

/// Latency histogram with buckets of roughly 12% width from 1 µs to ~70 s.
/// Recording is a few instructions; percentiles are approximate (upper bucket bound).
#[derive(Clone)]
pub struct LatencyHistogram {
    buckets: Vec<u64>,
    count: u64,
}

const SUB: u32 = 8; // buckets per power of two

impl Default for LatencyHistogram {
    fn default() -> Self {
        LatencyHistogram {
            buckets: vec![0; (SUB * 27) as usize],
            count: 0,
        }
    }
}

impl LatencyHistogram {
    fn bucket(us: u64) -> usize {
        let v = us.max(1);
        let exp = 63 - v.leading_zeros();
        let frac = if exp >= 3 {
            ((v >> (exp - 3)) & 0x7) as u32
        } else {
            ((v << (3 - exp)) & 0x7) as u32
        };
        ((exp * SUB + frac) as usize).min((SUB * 27) as usize - 1)
    }

    fn upper(bucket: usize) -> u64 {
        let exp = bucket as u32 / SUB;
        let frac = bucket as u64 % SUB as u64;
        let base = 1u64 << exp;
        base + ((frac + 1) * base) / SUB as u64
    }

    pub fn record(&mut self, us: u64) {
        self.buckets[Self::bucket(us)] += 1;
        self.count += 1;
    }

    pub fn count(&self) -> u64 {
        self.count
    }

    /// The `q` quantile (0.0..=1.0) in µs, 0 when nothing was recorded.
    pub fn quantile(&self, q: f64) -> u64 {
        if self.count == 0 {
            return 0;
        }
        let rank = ((self.count as f64) * q).ceil().max(1.0) as u64;
        let mut seen = 0;
        for (i, n) in self.buckets.iter().enumerate() {
            seen += n;
            if seen >= rank {
                return Self::upper(i);
            }
        }
        Self::upper(self.buckets.len() - 1)
    }

    /// Halves every bucket so old samples fade (called from heartbeats).
    pub fn decay(&mut self) {
        self.count = 0;
        for b in &mut self.buckets {
            *b /= 2;
            self.count += *b;
        }
    }
}

/// Resident set size of this process in KiB, from `/proc/self/statm` (0 if unreadable).
pub fn rss_kib() -> u64 {
    rss_kib_of("self")
}

/// Resident set size of process `pid` in KiB (0 if unreadable or gone).
pub fn rss_kib_of(pid: &str) -> u64 {
    let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/statm")) else {
        return 0;
    };
    let pages: u64 = s
        .split_whitespace()
        .nth(1)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    pages * 4
}

/// Proportional set size of process `pid` in KiB (0 if unreadable or gone):
/// its private pages plus its share of pages mapped by several processes.
/// The gate's six processes run one executable, so summing their RSS counts
/// the shared code pages six times; summing PSS counts them once.
pub fn pss_kib_of(pid: &str) -> u64 {
    let Ok(s) = std::fs::read_to_string(format!("/proc/{pid}/smaps_rollup")) else {
        return 0;
    };
    s.lines()
        .find_map(|l| l.strip_prefix("Pss:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn own_pss_is_read_and_below_rss() {
        let pss = pss_kib_of("self");
        assert!(pss > 0 && pss <= rss_kib(), "pss {pss} rss {}", rss_kib());
        assert_eq!(pss_kib_of("0"), 0);
    }

    #[test]
    fn quantiles_are_close() {
        let mut h = LatencyHistogram::default();
        for us in 1..=1000 {
            h.record(us);
        }
        let p50 = h.quantile(0.5);
        let p99 = h.quantile(0.99);
        assert!((450..=580).contains(&p50), "p50 {p50}");
        assert!((950..=1150).contains(&p99), "p99 {p99}");
        assert_eq!(LatencyHistogram::default().quantile(0.5), 0);
    }

    #[test]
    fn huge_values_do_not_overflow() {
        let mut h = LatencyHistogram::default();
        h.record(u64::MAX);
        assert!(h.quantile(1.0) > 0);
    }
}
