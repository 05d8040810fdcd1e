//! Known credential formats: one multi-pattern regex (regex-automata, linear
//! time) finds candidates by their vendor prefix; a per-format validator then
//! rejects placeholders (`ghp_XXXX…`, `sk-your-key-here`), documentation
//! examples (`…EXAMPLE`) and non-token context (a prefix inside a longer word).
//!
//! Stripe decision: secret and restricted keys block in live *and* test mode
//! (`sk_test_`/`rk_test_` still grant API access to the account's test data);
//! publishable keys block only in live mode (`pk_live_` identifies a production
//! account; `pk_test_` is meant for client code and tutorials).
//! Anthropic keys (`sk-ant-…`) are reported as `SecretOpenAiKey`: the reason
//! set has one name for the `sk-` key family.

use regex_automata::meta::Regex;

use super::text::{base64_decode, looks_generated, Classes};
use super::Finding;

/// How a candidate of one pattern is checked.
#[derive(Clone, Copy, Debug)]
enum Check {
    /// AWS access key id: fixed 16-char body, documentation keys end in EXAMPLE.
    AwsId,
    /// Body after `prefix_len` bytes must look machine-generated.
    Body(usize),
    /// Slack bot/user/app tokens: numeric team/user segments plus a random tail.
    Slack,
    /// Slack webhook URL: the last path segment is the secret.
    SlackHook,
    /// Three base64url segments whose header decodes to JSON with `"alg"`.
    Jwt,
    /// PEM private-key header followed by base64 key material.
    Pem,
    /// `scheme://user:password@host`: the password must be a literal.
    UrlCredential,
    /// `Bearer <token>`: the token must look generated (or be a JWT).
    Bearer,
}

struct Pattern {
    regex: &'static str,
    finding: Finding,
    check: Check,
    /// Whether the byte before the match must not be alphanumeric.
    start_boundary: bool,
    /// Whether the byte after the match must not be alphanumeric (fixed-length formats).
    end_boundary: bool,
}

const fn p(regex: &'static str, finding: Finding, check: Check) -> Pattern {
    Pattern {
        regex,
        finding,
        check,
        start_boundary: true,
        end_boundary: false,
    }
}

const fn fixed(regex: &'static str, finding: Finding, check: Check) -> Pattern {
    Pattern {
        regex,
        finding,
        check,
        start_boundary: true,
        end_boundary: true,
    }
}

/// Vendor formats. Order matters only for candidates starting at the same
/// byte (leftmost-first): the more specific prefix comes first.
const FORMATS: &[Pattern] = &[
    fixed(
        r"(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}",
        Finding::AwsKey,
        Check::AwsId,
    ),
    p(
        r"gh[pousr]_[A-Za-z0-9]{36,251}",
        Finding::GithubToken,
        Check::Body(4),
    ),
    p(
        r"github_pat_[A-Za-z0-9_]{22,255}",
        Finding::GithubToken,
        Check::Body(11),
    ),
    p(
        r"gl(?:pat|ptt|dt|rt|cbt|soat|ft|imt|oas)-[A-Za-z0-9_\-]{20,64}",
        Finding::GitlabToken,
        Check::Body(6),
    ),
    p(
        r"xox[abeoprs]-[A-Za-z0-9\-]{10,250}",
        Finding::SlackToken,
        Check::Slack,
    ),
    p(
        r"xapp-[0-9]+-[A-Za-z0-9\-]{10,250}",
        Finding::SlackToken,
        Check::Slack,
    ),
    p(
        r"hooks\.slack\.com/(?:services|workflows|triggers)/[A-Za-z0-9_/\-]{20,200}",
        Finding::SlackToken,
        Check::SlackHook,
    ),
    p(
        r"(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,247}",
        Finding::StripeKey,
        Check::Body(8),
    ),
    p(
        r"pk_live_[A-Za-z0-9]{16,247}",
        Finding::StripeKey,
        Check::Body(8),
    ),
    p(
        r"whsec_[A-Za-z0-9]{24,}",
        Finding::StripeKey,
        Check::Body(6),
    ),
    fixed(
        r"AIza[0-9A-Za-z_\-]{35}",
        Finding::GoogleApiKey,
        Check::Body(4),
    ),
    p(
        r"GOCSPX-[A-Za-z0-9_\-]{24,40}",
        Finding::GoogleApiKey,
        Check::Body(7),
    ),
    p(
        r"sk-ant-[A-Za-z0-9_\-]{20,250}",
        Finding::OpenAiKey,
        Check::Body(7),
    ),
    p(
        r"sk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,250}",
        Finding::OpenAiKey,
        Check::Body(3),
    ),
    p(
        r"eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{2,}\.[A-Za-z0-9_\-]*",
        Finding::Jwt,
        Check::Jwt,
    ),
    Pattern {
        regex: r"-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY(?: BLOCK)?-----",
        finding: Finding::PrivateKey,
        check: Check::Pem,
        start_boundary: false,
        end_boundary: false,
    },
    p(
        r"PuTTY-User-Key-File-[0-9]+:",
        Finding::PrivateKey,
        Check::Pem,
    ),
    // Vendor tokens without a reason name of their own.
    p(r"npm_[A-Za-z0-9]{36}", Finding::HighEntropy, Check::Body(4)),
    p(
        r"hf_[A-Za-z0-9]{30,40}",
        Finding::HighEntropy,
        Check::Body(3),
    ),
    p(
        r"hv[sbr]\.[A-Za-z0-9_\-]{24,}",
        Finding::HighEntropy,
        Check::Body(4),
    ),
    p(
        r"SG\.[A-Za-z0-9_\-]{16,32}\.[A-Za-z0-9_\-]{30,64}",
        Finding::HighEntropy,
        Check::Body(3),
    ),
    p(
        r"do[por]_v1_[a-f0-9]{64}",
        Finding::HighEntropy,
        Check::Body(7),
    ),
    p(
        r"shp(?:at|ss|ca|pa)_[a-fA-F0-9]{32}",
        Finding::HighEntropy,
        Check::Body(6),
    ),
    p(
        r"pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\-]{50,}",
        Finding::HighEntropy,
        Check::Body(5),
    ),
    p(
        r"glc_[A-Za-z0-9+/]{32,}={0,2}",
        Finding::HighEntropy,
        Check::Body(4),
    ),
];

/// Credentials recognised by their context rather than a vendor prefix.
const CONTEXTS: &[Pattern] = &[
    Pattern {
        regex: r"[A-Za-z][A-Za-z0-9+.\-]{1,15}://[^\s:/@?#]{1,64}:[^\s/@?#]{1,128}@",
        finding: Finding::Assignment,
        check: Check::UrlCredential,
        start_boundary: false,
        end_boundary: false,
    },
    p(
        r"[Bb]earer [A-Za-z0-9_\-.=+/~]{20,}",
        Finding::Assignment,
        Check::Bearer,
    ),
    p(
        r"(?:AccountKey|SharedAccessKey)=[A-Za-z0-9+/]{30,}={0,2}",
        Finding::Assignment,
        Check::Bearer,
    ),
];

pub struct SecretScanner {
    formats: Regex,
    contexts: Regex,
}

fn compile(set: &[Pattern]) -> Result<Regex, String> {
    let pats: Vec<&str> = set.iter().map(|p| p.regex).collect();
    Regex::new_many(&pats).map_err(|e| format!("secret patterns: {e}"))
}

impl SecretScanner {
    pub fn new() -> Result<SecretScanner, String> {
        Ok(SecretScanner {
            formats: compile(FORMATS)?,
            contexts: compile(CONTEXTS)?,
        })
    }

    /// The first credential found in `text`, if any.
    pub fn scan(&self, text: &str) -> Option<Finding> {
        scan_set(&self.formats, FORMATS, text).or_else(|| scan_set(&self.contexts, CONTEXTS, text))
    }
}

fn scan_set(re: &Regex, set: &[Pattern], text: &str) -> Option<Finding> {
    let bytes = text.as_bytes();
    for m in re.find_iter(text) {
        let Some(pat) = set.get(m.pattern().as_usize()) else {
            continue;
        };
        let (s, e) = (m.start(), m.end());
        if pat.start_boundary && s > 0 && bytes[s - 1].is_ascii_alphanumeric() {
            continue;
        }
        if pat.end_boundary && bytes.get(e).is_some_and(|b| b.is_ascii_alphanumeric()) {
            continue;
        }
        if let Some(f) = validate(pat, &bytes[s..e], &bytes[e..]) {
            return Some(f);
        }
    }
    None
}

fn validate(pat: &Pattern, token: &[u8], after: &[u8]) -> Option<Finding> {
    let ok = match pat.check {
        Check::AwsId => {
            let body = token.get(4..).unwrap_or_default();
            !body.ends_with(b"EXAMPLE")
                && super::text::distinct(body) >= 8
                && super::text::longest_repeat(body) <= 3
        }
        Check::Body(prefix) => looks_generated(token.get(prefix..).unwrap_or_default()),
        Check::Slack => slack_ok(token),
        Check::SlackHook => token
            .rsplit(|&b| b == b'/')
            .find(|seg| !seg.is_empty())
            .is_some_and(|seg| seg.len() >= 16 && looks_generated(seg)),
        Check::Jwt => jwt_ok(token),
        Check::Pem => pem_body_follows(after),
        Check::UrlCredential => url_password_ok(token),
        Check::Bearer => {
            let tok = token
                .iter()
                .position(|&b| b == b' ' || b == b'=')
                .map_or(&token[..0], |i| &token[i + 1..]);
            if tok.starts_with(b"eyJ") && jwt_ok(tok) {
                return Some(Finding::Jwt);
            }
            looks_generated(tok)
        }
    };
    ok.then_some(pat.finding)
}

fn slack_ok(token: &[u8]) -> bool {
    let digits = token.iter().filter(|b| b.is_ascii_digit()).count();
    let tail = token.rsplit(|&b| b == b'-').next().unwrap_or_default();
    digits >= 6 && tail.len() >= 8 && looks_generated(tail)
}

/// JWT: the header segment must decode to a JSON object naming an algorithm,
/// which is what separates a token from any dotted base64url text.
pub fn jwt_ok(token: &[u8]) -> bool {
    let Some(header) = token.split(|&b| b == b'.').next() else {
        return false;
    };
    let Some(json) = base64_decode(header) else {
        return false;
    };
    let trimmed: Vec<u8> = json
        .iter()
        .copied()
        .filter(|b| !b.is_ascii_whitespace())
        .collect();
    trimmed.first() == Some(&b'{') && super::text::contains(&trimmed, b"\"alg\"")
}

/// After a private-key header: real key material (base64 lines) follows before
/// the END line. A header alone (documentation, "it starts with -----BEGIN …")
/// is not a key.
fn pem_body_follows(after: &[u8]) -> bool {
    let window = &after[..after.len().min(2048)];
    let mut run = 0usize;
    let mut best = 0usize;
    for &b in window {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'+' | b'/' | b'=' => run += 1,
            b'\n' | b'\r' | b' ' | b'\t' => {}
            b'-' => break, // END line reached
            _ => {
                best = best.max(run);
                run = 0;
            }
        }
        best = best.max(run);
    }
    best >= 40 && {
        let c = Classes::of(&window[..window.len().min(256)]);
        c.upper > 0 && c.lower > 0 && c.digit > 0
    }
}

fn url_password_ok(token: &[u8]) -> bool {
    // token = scheme://user:password@
    let Some(auth_start) = super::text::find(token, b"://").map(|i| i + 3) else {
        return false;
    };
    let auth = &token[auth_start..token.len().saturating_sub(1)];
    let Some(colon) = auth.iter().position(|&b| b == b':') else {
        return false;
    };
    let password = &auth[colon + 1..];
    super::assign::literal_password(password)
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
}
