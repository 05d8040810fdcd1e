//! Known credential formats. One Aho-Corasick pass finds vendor prefixes
//! (`ghp_`, `xoxb-`, `AKIA`, `eyJ`, `-----BEGIN `, …); each hit's body is then
//! read by its character class up to the format's maximum length (bounded
//! work per hit, so the scan stays linear even on `sk-sk-sk-…`) and checked by
//! a per-format validator that rejects placeholders (`ghp_XXXX…`,
//! `sk-your-key-here`), documentation examples (`…EXAMPLE`) and prefixes that
//! sit inside a longer word.
//!
//! (Counted repetitions such as `[A-Za-z0-9]{36,251}` in a multi-pattern DFA
//! blow up its state space on random text; prefix literals plus hand-read
//! bodies avoid that.)
//!
//! Stripe decision: secret and restricted keys block in live *and* test mode
//! (`sk_test_`/`rk_test_` still grant API access to the account's test data);
//! publishable keys block only in live mode (`pk_live_` identifies a production
//! account; `pk_test_` is meant for client code and tutorials).
//! Anthropic keys (`sk-ant-…`) are reported as `SecretOpenAiKey`: the reason
//! set has one name for the `sk-` key family.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::text::{contains, distinct, longest_repeat, looks_generated, Classes};
use super::Finding;

/// Which bytes a token body may contain.
#[derive(Clone, Copy, Debug)]
enum Body {
    Alnum,
    UpperAlnum,
    AlnumUnderscore,
    AlnumDash,
    /// Letters, digits, `-`, `_`.
    Url64,
    /// Url64 plus `/` (webhook paths).
    UrlPath,
    /// Url64 plus `.` (SendGrid's two-part keys).
    Dotted,
    Hex,
    LowerHex,
    /// Standard base64 with padding.
    Base64,
}

impl Body {
    fn accepts(self, b: u8) -> bool {
        let alnum = b.is_ascii_alphanumeric();
        match self {
            Body::Alnum => alnum,
            Body::UpperAlnum => b.is_ascii_uppercase() || b.is_ascii_digit(),
            Body::AlnumUnderscore => alnum || b == b'_',
            Body::AlnumDash => alnum || b == b'-',
            Body::Url64 => alnum || b == b'-' || b == b'_',
            Body::UrlPath => alnum || b == b'-' || b == b'_' || b == b'/',
            Body::Dotted => alnum || b == b'-' || b == b'_' || b == b'.',
            Body::Hex => b.is_ascii_hexdigit(),
            Body::LowerHex => b.is_ascii_digit() || (b'a'..=b'f').contains(&b),
            Body::Base64 => alnum || b == b'+' || b == b'/' || b == b'=',
        }
    }
}

/// How a candidate is checked once its body is read.
#[derive(Clone, Copy, Debug)]
enum Check {
    /// AWS access key id: documentation keys end in EXAMPLE.
    AwsId,
    /// The body must look machine-generated.
    Generated,
    /// Slack bot/user/app tokens: numeric team/user segments plus a random tail.
    Slack,
    /// Slack webhook URL: the last path segment is the secret.
    SlackHook,
    /// Three base64url segments whose header decodes to JSON with `"alg"`.
    Jwt,
    /// PEM private-key header followed by base64 key material.
    Pem,
    /// PuTTY key file: a private section follows.
    Putty,
    /// `scheme://user:password@host`: the password must be a literal.
    UrlCredential,
    /// `Bearer <token>` / `AccountKey=<key>`: the token must look generated.
    Bearer,
}

struct Format {
    prefixes: &'static [&'static str],
    finding: Finding,
    body: Body,
    min: usize,
    max: usize,
    check: Check,
    /// The byte after the body must not be alphanumeric (fixed-length formats).
    end_boundary: bool,
}

const fn f(
    prefixes: &'static [&'static str],
    finding: Finding,
    body: Body,
    min: usize,
    max: usize,
    check: Check,
) -> Format {
    Format {
        prefixes,
        finding,
        body,
        min,
        max,
        check,
        end_boundary: false,
    }
}

const AWS_PREFIXES: &[&str] = &[
    "AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AIPA", "ANPA", "ANVA", "AROA", "APKA",
];

/// Case-sensitive vendor formats.
const FORMATS: &[Format] = &[
    Format {
        end_boundary: true,
        ..f(
            AWS_PREFIXES,
            Finding::AwsKey,
            Body::UpperAlnum,
            16,
            16,
            Check::AwsId,
        )
    },
    f(
        &["ghp_", "gho_", "ghu_", "ghs_", "ghr_"],
        Finding::GithubToken,
        Body::Alnum,
        36,
        251,
        Check::Generated,
    ),
    f(
        &["github_pat_"],
        Finding::GithubToken,
        Body::AlnumUnderscore,
        22,
        255,
        Check::Generated,
    ),
    f(
        &[
            "glpat-", "glptt-", "gldt-", "glrt-", "glcbt-", "glsoat-", "glft-", "glimt-", "gloas-",
        ],
        Finding::GitlabToken,
        Body::Url64,
        20,
        64,
        Check::Generated,
    ),
    f(
        &[
            "xoxa-", "xoxb-", "xoxe-", "xoxo-", "xoxp-", "xoxr-", "xoxs-", "xapp-",
        ],
        Finding::SlackToken,
        Body::AlnumDash,
        10,
        250,
        Check::Slack,
    ),
    f(
        &[
            "hooks.slack.com/services/",
            "hooks.slack.com/workflows/",
            "hooks.slack.com/triggers/",
        ],
        Finding::SlackToken,
        Body::UrlPath,
        20,
        200,
        Check::SlackHook,
    ),
    f(
        &["sk_live_", "rk_live_", "sk_test_", "rk_test_", "pk_live_"],
        Finding::StripeKey,
        Body::Alnum,
        16,
        247,
        Check::Generated,
    ),
    f(
        &["whsec_"],
        Finding::StripeKey,
        Body::Alnum,
        24,
        100,
        Check::Generated,
    ),
    Format {
        end_boundary: true,
        ..f(
            &["AIza"],
            Finding::GoogleApiKey,
            Body::Url64,
            35,
            35,
            Check::Generated,
        )
    },
    f(
        &["GOCSPX-"],
        Finding::GoogleApiKey,
        Body::Url64,
        24,
        40,
        Check::Generated,
    ),
    f(
        &["sk-ant-"],
        Finding::OpenAiKey,
        Body::Url64,
        20,
        250,
        Check::Generated,
    ),
    f(
        &["sk-proj-", "sk-svcacct-", "sk-admin-", "sk-"],
        Finding::OpenAiKey,
        Body::Url64,
        20,
        250,
        Check::Generated,
    ),
    f(&["eyJ"], Finding::Jwt, Body::Dotted, 20, 8192, Check::Jwt),
    f(
        &["-----BEGIN "],
        Finding::PrivateKey,
        Body::Alnum,
        0,
        0,
        Check::Pem,
    ),
    f(
        &["PuTTY-User-Key-File-"],
        Finding::PrivateKey,
        Body::Alnum,
        0,
        0,
        Check::Putty,
    ),
    // Vendor tokens without a reason name of their own.
    f(
        &["npm_"],
        Finding::HighEntropy,
        Body::Alnum,
        36,
        36,
        Check::Generated,
    ),
    f(
        &["hf_"],
        Finding::HighEntropy,
        Body::Alnum,
        30,
        40,
        Check::Generated,
    ),
    f(
        &["hvs.", "hvb.", "hvr."],
        Finding::HighEntropy,
        Body::Url64,
        24,
        300,
        Check::Generated,
    ),
    f(
        &["SG."],
        Finding::HighEntropy,
        Body::Dotted,
        50,
        80,
        Check::Generated,
    ),
    f(
        &["dop_v1_", "doo_v1_", "dor_v1_"],
        Finding::HighEntropy,
        Body::LowerHex,
        64,
        64,
        Check::Generated,
    ),
    f(
        &["shpat_", "shpss_", "shpca_", "shppa_"],
        Finding::HighEntropy,
        Body::Hex,
        32,
        32,
        Check::Generated,
    ),
    f(
        &["pypi-AgEIcHlwaS5vcmc"],
        Finding::HighEntropy,
        Body::Url64,
        50,
        300,
        Check::Generated,
    ),
    f(
        &["glc_"],
        Finding::HighEntropy,
        Body::Base64,
        32,
        200,
        Check::Generated,
    ),
];

/// Case-insensitive context markers.
const CONTEXTS: &[Format] = &[
    f(
        &["://"],
        Finding::Assignment,
        Body::Alnum,
        0,
        0,
        Check::UrlCredential,
    ),
    f(
        &["bearer "],
        Finding::Assignment,
        Body::Dotted,
        20,
        4096,
        Check::Bearer,
    ),
    f(
        &["accountkey=", "sharedaccesskey="],
        Finding::Assignment,
        Body::Base64,
        30,
        200,
        Check::Bearer,
    ),
];

struct Table {
    ac: AhoCorasick,
    /// Pattern index (in AC order) → format index.
    owner: Vec<usize>,
    formats: &'static [Format],
}

impl Table {
    fn new(formats: &'static [Format], case_insensitive: bool) -> Result<Table, String> {
        let mut pats = Vec::new();
        let mut owner = Vec::new();
        for (i, fmt) in formats.iter().enumerate() {
            for p in fmt.prefixes {
                pats.push(*p);
                owner.push(i);
            }
        }
        let ac = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .ascii_case_insensitive(case_insensitive)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&pats)
            .map_err(|e| format!("secret prefixes: {e}"))?;
        Ok(Table { ac, owner, formats })
    }

    fn scan(&self, text: &[u8]) -> Option<Finding> {
        for m in self.ac.find_iter(text) {
            let Some(fmt) = self
                .owner
                .get(m.pattern().as_usize())
                .and_then(|&i| self.formats.get(i))
            else {
                continue;
            };
            // A prefix inside a longer word (`task-…`, `XAKIA…`) is not a token start.
            let s = m.start();
            if fmt.check != Check::UrlCredential && s > 0 && text[s - 1].is_ascii_alphanumeric() {
                continue;
            }
            if let Some(found) = judge(fmt, text, s, m.end()) {
                return Some(found);
            }
        }
        None
    }
}

impl PartialEq for Check {
    fn eq(&self, other: &Check) -> bool {
        std::mem::discriminant(self) == std::mem::discriminant(other)
    }
}

pub struct SecretScanner {
    formats: Table,
    contexts: Table,
}

impl SecretScanner {
    pub fn new() -> Result<SecretScanner, String> {
        Ok(SecretScanner {
            formats: Table::new(FORMATS, false)?,
            contexts: Table::new(CONTEXTS, true)?,
        })
    }

    /// The first credential found in `text`, if any.
    pub fn scan(&self, text: &str) -> Option<Finding> {
        let b = text.as_bytes();
        self.formats.scan(b).or_else(|| self.contexts.scan(b))
    }
}

/// Reads the body after a prefix ending at `from`: at most `max + 1` bytes, so
/// work per hit is bounded. `None` when too short or too long.
fn read_body(fmt: &Format, text: &[u8], from: usize) -> Option<(usize, usize)> {
    let mut e = from;
    while e < text.len() && e - from <= fmt.max && fmt.body.accepts(text[e]) {
        e += 1;
    }
    // A full stop after a token ends the sentence, not the token.
    while e > from && text[e - 1] == b'.' {
        e -= 1;
    }
    let len = e - from;
    if len < fmt.min || len > fmt.max {
        return None;
    }
    if fmt.end_boundary && text.get(e).is_some_and(u8::is_ascii_alphanumeric) {
        return None;
    }
    Some((from, e))
}

fn judge(fmt: &Format, text: &[u8], start: usize, prefix_end: usize) -> Option<Finding> {
    let ok = match fmt.check {
        Check::Pem => pem_private(&text[prefix_end..]),
        Check::Putty => {
            let window = &text[prefix_end..text.len().min(prefix_end + 4096)];
            contains(window, b"Private-Lines:")
        }
        Check::UrlCredential => url_password_ok(text, start),
        _ => {
            let (s, e) = read_body(fmt, text, prefix_end)?;
            let body = &text[s..e];
            match fmt.check {
                Check::AwsId => {
                    !body.ends_with(b"EXAMPLE") && distinct(body) >= 8 && longest_repeat(body) <= 3
                }
                Check::Generated => looks_generated(body),
                Check::Slack => slack_ok(body),
                Check::SlackHook => body
                    .rsplit(|&b| b == b'/')
                    .find(|seg| !seg.is_empty())
                    .is_some_and(|seg| seg.len() >= 16 && looks_generated(seg)),
                Check::Jwt => jwt_ok(&text[start..e]),
                Check::Bearer => {
                    if body.starts_with(b"eyJ") && jwt_ok(body) {
                        return Some(Finding::Jwt);
                    }
                    looks_generated(body)
                }
                Check::Pem | Check::Putty | Check::UrlCredential => false,
            }
        }
    };
    ok.then_some(fmt.finding)
}

fn slack_ok(body: &[u8]) -> bool {
    let digits = body.iter().filter(|b| b.is_ascii_digit()).count();
    let tail = body.rsplit(|&b| b == b'-').next().unwrap_or_default();
    digits >= 6 && tail.len() >= 8 && looks_generated(tail)
}

/// JWT: at least three dot-separated segments, and the header decodes to a
/// JSON object naming an algorithm, which separates a token from any dotted
/// base64url text.
pub fn jwt_ok(token: &[u8]) -> bool {
    let mut parts = token.split(|&b| b == b'.');
    let (Some(header), Some(payload), Some(_sig)) = (parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    if header.len() < 10 || payload.len() < 2 {
        return false;
    }
    let Some(json) = crate::base64::decode(header) else {
        return false;
    };
    let trimmed: Vec<u8> = json
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    trimmed.first() == Some(&b'{') && contains(&trimmed, b"\"alg\"")
}

/// After `-----BEGIN `: a `… PRIVATE KEY-----` label, then real key material
/// (base64 lines) before the END line. A header alone (documentation, "it
/// starts with -----BEGIN …") is not a key.
fn pem_private(after: &[u8]) -> bool {
    let head = &after[..after.len().min(64)];
    let Some(label_end) = super::text::find(head, b"-----") else {
        return false;
    };
    let label = &head[..label_end];
    if !(label.ends_with(b"PRIVATE KEY") || label.ends_with(b"PRIVATE KEY BLOCK")) {
        return false;
    }
    let rest = &after[label_end + 5..];
    let window = &rest[..rest.len().min(2048)];
    let mut run = 0usize;
    let mut best = 0usize;
    let mut body_end = window.len();
    for (i, &b) in window.iter().enumerate() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' => run += 1,
            b'\n' | b'\r' | b' ' | b'\t' => {}
            b'-' => {
                body_end = i;
                break; // END line reached
            }
            _ => run = 0,
        }
        best = best.max(run);
    }
    let c = Classes::of(&window[..body_end.min(256)]);
    best >= 40 && c.upper > 0 && c.lower > 0 && c.digit > 0
}

/// `scheme://user:password@host` around the `://` at `at`.
fn url_password_ok(text: &[u8], at: usize) -> bool {
    let scheme_len = text[..at]
        .iter()
        .rev()
        .take(21)
        .take_while(|&&b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'.' | b'-'))
        .count();
    if scheme_len == 0 || scheme_len > 20 {
        return false;
    }
    let auth = &text[at + 3..text.len().min(at + 3 + 200)];
    let stop = |b: u8| {
        b.is_ascii_whitespace() || matches!(b, b'/' | b'?' | b'#' | b'"' | b'\'' | b'<' | b'>')
    };
    let Some(at_sign) = auth.iter().position(|&b| b == b'@' || stop(b)) else {
        return false;
    };
    if auth[at_sign] != b'@' {
        return false;
    }
    let userinfo = &auth[..at_sign];
    let Some(colon) = userinfo.iter().position(|&b| b == b':') else {
        return false;
    };
    super::assign::literal_password(&userinfo[colon + 1..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Option<Finding> {
        SecretScanner::new().ok()?.scan(s)
    }

    #[test]
    fn compiles() {
        assert!(SecretScanner::new().is_ok());
    }

    #[test]
    fn pem_header_alone_passes() {
        assert_eq!(
            scan(
                "A PEM key starts with -----BEGIN RSA PRIVATE KEY----- and ends with the END line."
            ),
            None
        );
    }

    #[test]
    fn jwt_needs_alg_header() {
        // header {"typ":"x"} has no alg
        assert_eq!(scan("eyJ0eXAiOiJ4In0.eyJzdWIiOiIxIn0.abcdefgh"), None);
        assert_eq!(
            scan("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJlMTIz"),
            Some(Finding::Jwt)
        );
    }

    #[test]
    fn url_credentials() {
        assert_eq!(
            scan("postgres://admin:S3cr3t!x9@db.internal:5432/app"),
            Some(Finding::Assignment)
        );
        assert_eq!(scan("postgres://user:password@localhost:5432/app"), None);
        assert_eq!(scan("https://example.com/a:b@c"), None);
    }
}
