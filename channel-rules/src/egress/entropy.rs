//! High-entropy blobs: runs of base64 / base64url / base32 / hex characters
//! judged by length, Shannon entropy per character (threshold calibrated on
//! random strings: the 0.1st percentile of random base64 of that length),
//! character-class mix and "wordiness" (identifiers, paths and CamelCase have
//! long same-case letter runs; random strings do not).
//!
//! Not blocked: UUIDs, 40-hex git SHAs, hex digests of hash lengths when the
//! prompt or response is about hashes/checksums/digests, `sha256-…`/`sha256:…`
//! digests, base64 that decodes to readable text, SSH/PEM public keys and
//! certificates, path segments of URLs, words, paths and identifiers.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::text::{shannon, wordiness, Classes};

/// Words that make hex digests expected content.
const HASH_CONTEXT: &[&str] = &[
    "hash",
    "checksum",
    "digest",
    "sha1",
    "sha-1",
    "sha2",
    "sha-2",
    "sha3",
    "sha-3",
    "sha256",
    "sha-256",
    "sha384",
    "sha-384",
    "sha512",
    "sha-512",
    "md5",
    "blake2",
    "blake3",
    "crc32",
    "fingerprint",
    "integrity",
    "commit",
    "etag",
    "trace id",
    "trace-id",
    "traceid",
    "traceparent",
    "span id",
    "object id",
    "revision",
    "hmac",
    "merkle",
    "keccak",
    "transaction id",
    "tx hash",
    "txid",
];

/// Prefixes that label a blob as a digest.
const DIGEST_PREFIXES: &[&[u8]] = &[
    b"sha1-",
    b"sha256-",
    b"sha384-",
    b"sha512-",
    b"sha1:",
    b"sha256:",
    b"sha384:",
    b"sha512:",
    b"md5:",
    b"md5-",
    b"h1:",
    b"blake2b:",
    b"blake3:",
];

/// Prefixes of keys meant to be embedded in client code.
const PUBLIC_TOKEN_PREFIXES: &[&[u8]] = &[b"pk_test_"];

/// Markers on the same line before a blob that make it a public key.
const PUBLIC_KEY_MARKERS: &[&[u8]] = &[
    b"ssh-rsa",
    b"ssh-ed25519",
    b"ssh-dss",
    b"ecdsa-sha2-",
    b"sk-ssh-",
    b"sk-ecdsa-",
    b"ssh-ed448",
];

/// Hex lengths of common digests (MD5 … SHA-512).
const DIGEST_HEX_LENGTHS: &[usize] = &[32, 40, 56, 64, 96, 128];
/// Base64 lengths (padding included) of SHA-1/256/384/512 digests.
const DIGEST_B64_LENGTHS: &[usize] = &[28, 44, 64, 88];

/// Calibrated minimum Shannon entropy (bits/char) for a random base64 string
/// of length `n` (0.1st percentile of 20 000 draws, linearly interpolated).
fn b64_threshold(n: usize) -> f64 {
    const TABLE: &[(usize, f64)] = &[
        (20, 3.52),
        (24, 3.75),
        (28, 3.94),
        (32, 4.08),
        (40, 4.37),
        (48, 4.54),
        (64, 4.84),
        (88, 5.10),
    ];
    interpolate(TABLE, n)
}

/// Same for hex strings.
fn hex_threshold(n: usize) -> f64 {
    const TABLE: &[(usize, f64)] = &[(32, 3.11), (40, 3.28), (48, 3.40), (64, 3.54), (88, 3.68)];
    interpolate(TABLE, n)
}

/// Same for base32 (A–Z, 2–7) strings.
fn b32_threshold(n: usize) -> f64 {
    const TABLE: &[(usize, f64)] = &[(24, 3.55), (32, 3.85), (48, 4.15), (64, 4.35), (96, 4.5)];
    interpolate(TABLE, n)
}

fn interpolate(table: &[(usize, f64)], n: usize) -> f64 {
    let Some(&(n0, v0)) = table.first() else {
        return f64::INFINITY;
    };
    if n <= n0 {
        return v0;
    }
    for w in table.windows(2) {
        let (a, va) = w[0];
        let (b, vb) = w[1];
        if n <= b {
            return va + (vb - va) * (n - a) as f64 / (b - a) as f64;
        }
    }
    table.last().map_or(f64::INFINITY, |&(_, v)| v)
}

pub struct EntropyScanner {
    hash_context: AhoCorasick,
}

/// Bytes of base64 / base64url / hex runs, as a table: this test runs once
/// per response byte.
const BLOB_BYTES: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=' | b'_' | b'-');
        i += 1;
    }
    t
};

#[inline]
fn blob_byte(b: u8) -> bool {
    BLOB_BYTES[b as usize]
}

impl EntropyScanner {
    pub fn new() -> Result<EntropyScanner, String> {
        let hash_context = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(HASH_CONTEXT)
            .map_err(|e| format!("hash context words: {e}"))?;
        Ok(EntropyScanner { hash_context })
    }

    /// True when some blob in `text` looks like key material.
    pub fn scan(&self, prompt: &str, text: &str) -> bool {
        // Computed only when a digest-shaped blob needs it: most responses have none.
        let mut hashy_cache: Option<bool> = None;
        let mut hashy = || {
            *hashy_cache.get_or_insert_with(|| {
                self.hash_context.is_match(prompt) || self.hash_context.is_match(text)
            })
        };
        let b = text.as_bytes();
        let public_ranges = public_pem_ranges(b);
        let mut i = 0;
        let mut line_start = 0;
        // Inside the path of a URL (after "://", before '?', '#' or whitespace):
        // resource ids there are addresses, not credentials.
        let mut in_url_path = false;
        while i < b.len() {
            let c = b[i];
            if !blob_byte(c) {
                match c {
                    b'\n' => {
                        line_start = i + 1;
                        in_url_path = false;
                    }
                    b':' if b[i..].starts_with(b"://") => in_url_path = true,
                    b'?' | b'#' | b'"' | b'\'' | b'<' | b'>' | b'`' | b' ' | b'\t' | b'\r'
                    | b')' => in_url_path = false,
                    _ => {}
                }
                i += 1;
                continue;
            }
            let start = i;
            while i < b.len() && blob_byte(b[i]) {
                i += 1;
            }
            if in_url_path || i - start < 20 {
                continue;
            }
            if public_ranges.iter().any(|&(s, e)| start >= s && start < e) {
                continue;
            }
            // Only the few bytes before the blob matter (a key type or a data
            // URI right in front of it); bounding this keeps the scan linear.
            let line_prefix = &b[line_start.max(start.saturating_sub(64))..start];
            if PUBLIC_KEY_MARKERS
                .iter()
                .any(|m| super::text::contains(line_prefix, m))
            {
                continue;
            }
            if after_media_data_uri(line_prefix) {
                continue;
            }
            if suspicious_run(&b[start..i], &mut hashy) {
                return true;
            }
        }
        false
    }
}

/// `data:image/png;base64,` right before the blob: inline media, not a key.
fn after_media_data_uri(prefix: &[u8]) -> bool {
    let tail = &prefix[prefix.len().saturating_sub(64)..];
    let Some(pos) = super::text::find(tail, b"data:") else {
        return false;
    };
    let mime = &tail[pos + 5..];
    (mime.starts_with(b"image/")
        || mime.starts_with(b"font/")
        || mime.starts_with(b"audio/")
        || mime.starts_with(b"video/"))
        && mime.ends_with(b";base64,")
}

/// Byte ranges of PEM blocks that are not private keys (certificates, public
/// keys, CSRs): their base64 body is public by design.
fn public_pem_ranges(b: &[u8]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(off) = super::text::find(&b[i..], b"-----BEGIN ") {
        let s = i + off;
        let label_end = b[s + 11..]
            .iter()
            .take(64)
            .position(|&c| c == b'-' || c == b'\n')
            .map_or(s + 11, |p| s + 11 + p);
        let label = &b[s + 11..label_end];
        let end =
            super::text::find(&b[label_end..], b"-----END ").map_or(b.len(), |p| label_end + p);
        if !super::text::contains(label, b"PRIVATE") {
            out.push((s, end));
        }
        i = end.max(s + 11);
        if i >= b.len() {
            break;
        }
    }
    out
}

/// Judges one maximal run of blob characters.
fn suspicious_run(run: &[u8], hashy: &mut dyn FnMut() -> bool) -> bool {
    // Separators at the ends are punctuation, not part of the value.
    let trimmed = trim_ends(run);
    if trimmed.len() < 20 {
        return false;
    }
    let lower_run: Vec<u8> = trimmed.iter().take(8).map(u8::to_ascii_lowercase).collect();
    if DIGEST_PREFIXES.iter().any(|p| lower_run.starts_with(p)) {
        return false;
    }
    // Publishable (client-side) keys are public by design.
    if PUBLIC_TOKEN_PREFIXES.iter().any(|p| trimmed.starts_with(p)) {
        return false;
    }
    let body: &[u8] = {
        let end = trimmed
            .iter()
            .rposition(|&c| c != b'=')
            .map_or(0, |p| p + 1);
        &trimmed[..end]
    };
    if body.len() < 20 {
        return false;
    }
    if is_uuid_list(trimmed) {
        return false;
    }
    let c = Classes::of(body);
    let hex = body.iter().all(u8::is_ascii_hexdigit);
    if hex {
        return suspicious_hex(body, &c, hashy);
    }
    // Dash/underscore separated groups of hex (UUID-like ids, hyphenated hashes).
    if body
        .iter()
        .all(|&b| b.is_ascii_hexdigit() || b == b'-' || b == b'_')
    {
        let groups: Vec<&[u8]> = body.split(|&b| b == b'-' || b == b'_').collect();
        if groups.iter().all(|g| g.len() <= 16) {
            return false;
        }
    }
    if c.lower == 0 && c.upper > 0 {
        return suspicious_base32(body, &c);
    }
    suspicious_b64(trimmed, body, &c, hashy)
}

fn trim_ends(run: &[u8]) -> &[u8] {
    let s = run
        .iter()
        .position(|&c| !matches!(c, b'-' | b'_' | b'/' | b'='))
        .unwrap_or(run.len());
    let e = run
        .iter()
        .rposition(|&c| !matches!(c, b'-' | b'_' | b'/'))
        .map_or(s, |p| p + 1);
    if s >= e {
        &run[..0]
    } else {
        &run[s..e]
    }
}

/// `8-4-4-4-12` hex groups, possibly several joined.
fn is_uuid_list(t: &[u8]) -> bool {
    let groups: Vec<&[u8]> = t.split(|&b| b == b'-').collect();
    groups.len() >= 5
        && groups
            .iter()
            .all(|g| !g.is_empty() && g.iter().all(u8::is_ascii_hexdigit))
        && groups.chunks(5).all(|ch| {
            ch.iter().map(|g| g.len()).collect::<Vec<_>>() == [8, 4, 4, 4, 12] || ch.len() < 5
        })
}

fn suspicious_hex(body: &[u8], c: &Classes, hashy: &mut dyn FnMut() -> bool) -> bool {
    let n = body.len();
    // Mixed-case hex is not a digest rendering; a single case is expected.
    let letters = c.upper + c.lower;
    if n < 32 || c.digit == 0 || letters == 0 {
        return false;
    }
    if n == 40 {
        return false; // git object ids (SHA-1) are everywhere in technical answers
    }
    if DIGEST_HEX_LENGTHS.contains(&n) && hashy() {
        return false;
    }
    shannon(body) >= hex_threshold(n)
}

fn suspicious_base32(body: &[u8], c: &Classes) -> bool {
    let n = body.len();
    if n < 24 || c.digit == 0 || c.other > 0 {
        return false; // ID-like with separators (ORDER-2025-ABCD-…)
    }
    shannon(body) >= b32_threshold(n) && wordiness(body) < 0.5
}

fn suspicious_b64(whole: &[u8], body: &[u8], c: &Classes, hashy: &mut dyn FnMut() -> bool) -> bool {
    let n = body.len();
    // Random base64 has both cases; lower-only strings need digits and no separators.
    if c.upper == 0 {
        return c.other == 0
            && n >= 24
            && c.digit * 5 >= n
            && shannon(body) >= b64_threshold(n) - 0.6
            && wordiness(body) < 0.3;
    }
    if (c.lower + c.upper + c.digit) * 10 < n * 8 {
        return false; // mostly punctuation: ASCII art, separators
    }
    // Several plain words joined by separators: a name or a sentence in
    // snake/kebab case, not an encoding (random base64url rarely has even two).
    if word_segments(body) >= 3 {
        return false;
    }
    let h = shannon(body);
    let threshold = b64_threshold(n);
    if h < threshold {
        return false;
    }
    // Words and identifiers have long same-case letter runs *and* modest
    // entropy; a string near the median entropy of random base64 is not a
    // word even if a few letters happen to line up.
    let word_cut = if n < 28 { 0.65 } else { 0.55 };
    if wordiness(body) >= word_cut && (h < threshold + 0.35 || word_segments(body) >= 2) {
        return false;
    }
    if DIGEST_B64_LENGTHS.contains(&whole.len()) && whole.ends_with(b"=") && hashy() {
        return false;
    }
    // Path-like: every '/'-separated segment reads as a word or number.
    if body.contains(&b'/') && !body.contains(&b'+') && is_path(body) {
        return false;
    }
    !decodes_to_text(whole)
}

/// Separator-delimited segments that are plain one-case words of three or
/// more letters (`OPENAI_API_KEY=sk-your-api-key`): key names and prose.
fn word_segments(body: &[u8]) -> usize {
    body.split(|b| !b.is_ascii_alphanumeric())
        .filter(|seg| {
            seg.len() >= 3
                && (seg.iter().all(u8::is_ascii_lowercase)
                    || seg.iter().all(u8::is_ascii_uppercase))
        })
        .count()
}

/// Every `/`-separated segment reads as a word, a number or a short token:
/// `usr/local/lib/python3/site-packages`, not `zdex7/HVkSH964gEUt/77PsR`.
fn is_path(body: &[u8]) -> bool {
    body.split(|&b| b == b'/')
        .filter(|s| !s.is_empty())
        .all(|seg| seg.len() <= 3 || seg.iter().all(u8::is_ascii_digit) || wordiness(seg) >= 0.5)
}

/// Base64 whose decoded bytes are readable text with spaces is an encoded
/// message (the usual encoding-discussion example), not key material.
fn decodes_to_text(whole: &[u8]) -> bool {
    let Some(bytes) = crate::base64::decode(whole) else {
        return false;
    };
    if bytes.len() < 8 {
        return false;
    }
    let printable = bytes
        .iter()
        .filter(|&&b| b == b'\n' || b == b'\t' || (0x20..0x7f).contains(&b))
        .count();
    let spaces = bytes.iter().filter(|&&b| b == b' ').count();
    // Encoded JSON (pagination cursors, claims) is structured data, not a key.
    let json = matches!(bytes.first(), Some(b'{') | Some(b'[')) && bytes.contains(&b'"');
    printable * 100 >= bytes.len() * 97 && (spaces >= 2 || json)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(prompt: &str, s: &str) -> bool {
        EntropyScanner::new()
            .map(|e| e.scan(prompt, s))
            .unwrap_or(true)
    }

    #[test]
    fn random_blobs_block() {
        assert!(scan("", "token g_yL9Xk7wB78OuYsmzgnNV8dUH_MQeLshq7rsOg72yuqG6RVG9Rko0_9uA8Z11wjM4YoGckIir6EicRxehpQaH ok"));
        assert!(scan(
            "",
            "Unseal Key 2: 5YXuAZiYtyJ2GhZCYndrOTlh4JM9ra4U+JMXHgb3JzKK"
        ));
        assert!(scan(
            "",
            "key 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"
        ));
    }

    #[test]
    fn ordinary_tokens_pass() {
        for s in [
            "id 123e4567-e89b-12d3-a456-426614174000 done",
            "commit 3f786850e387550fdab836ed7e6dc881de23001b",
            "AbstractSingletonProxyFactoryBean and XMLHttpRequestEventTarget",
            "/usr/local/lib/python3.11/site-packages/requests/adapters.py",
            "https://docs.google.com/document/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit",
            "VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw==",
            "integrity=\"sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC\"",
            "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl user@host",
            "internationalization_and_localization_guidelines_document",
            "ORDER-2025-ABCD-1234-XYZ9-QRST",
        ] {
            assert!(!scan("", s), "{s}");
        }
        assert!(!scan(
            "what is the sha256 of hello",
            "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824"
        ));
    }
}
