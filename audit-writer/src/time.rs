//! RFC 3339 UTC timestamps with milliseconds (`2026-11-25T12:41:01.123Z`), both
//! ways, without a calendar crate (days-from-civil arithmetic, proleptic Gregorian).

/// Formats milliseconds since the Unix epoch.
pub fn format_ms(ms: u64) -> String {
    let secs = ms / 1000;
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let (y, m, d) = civil_from_days(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
        rem / 3600,
        (rem / 60) % 60,
        rem % 60,
        ms % 1000
    )
}

/// Parses exactly the format [`format_ms`] writes; `None` for anything else.
pub fn parse_ms(s: &str) -> Option<u64> {
    let b = s.as_bytes();
    if b.len() < 24 || b[b.len() - 1] != b'Z' {
        return None;
    }
    // The year may have more than 4 digits far in the future.
    let ylen = b.len() - 20;
    let year: i64 = num(&b[..ylen])? as i64;
    let rest = &b[ylen..];
    if rest[0] != b'-' || rest[3] != b'-' || rest[6] != b'T' || rest[9] != b':' {
        return None;
    }
    if rest[12] != b':' || rest[15] != b'.' {
        return None;
    }
    let month = num(&rest[1..3])?;
    let day = num(&rest[4..6])?;
    let (h, mi, se, ms) = (
        num(&rest[7..9])?,
        num(&rest[10..12])?,
        num(&rest[13..15])?,
        num(&rest[16..19])?,
    );
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || h > 23 || mi > 59 || se > 59 {
        return None;
    }
    let days = days_from_civil(year, month as u32, day as u32);
    if days < 0 {
        return None;
    }
    let secs = (days as u64)
        .checked_mul(86_400)?
        .checked_add(h * 3600 + mi * 60 + se)?;
    secs.checked_mul(1000)?.checked_add(ms)
}

fn num(b: &[u8]) -> Option<u64> {
    if b.is_empty() || b.len() > 12 {
        return None;
    }
    let mut v = 0u64;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as u64;
    }
    Some(v)
}

// Howard Hinnant's algorithms (public domain), valid over the whole u64 ms range.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = (m as i64 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_values() {
        assert_eq!(format_ms(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(format_ms(951_782_400_123), "2000-02-29T00:00:00.123Z");
        assert_eq!(format_ms(1_795_610_461_007), "2026-11-25T12:41:01.007Z");
        assert_eq!(
            parse_ms("2026-11-25T12:41:01.007Z"),
            Some(1_795_610_461_007)
        );
        assert_eq!(parse_ms("2026-11-25 12:41:01.007Z"), None);
        assert_eq!(parse_ms("garbage"), None);
        assert_eq!(parse_ms("ééééééééééééééééééééééééZ"), None);
    }

    proptest! {
        #[test]
        fn round_trips(ms in 0u64..=253_402_300_799_999) {
            prop_assert_eq!(parse_ms(&format_ms(ms)), Some(ms));
        }

        #[test]
        fn never_panics(s in ".{0,40}") {
            let _ = parse_ms(&s);
        }
    }
}
