//! Secret assignments: `password = "…"`, `api_key: …`, `"client_secret": "…"`,
//! `SECRET_KEY=…`, and prose such as "the password is Tr0ub4dor&3". An
//! Aho-Corasick pass finds secret-ish key words; a small hand parser then reads
//! the key around each hit, the separator and the value. The value must be a
//! literal (not `os.environ[...]`, `${VAR}`, `settings.API_KEY`, a function
//! call) and not a placeholder (`<your-key>`, `xxx`, `changeme`, `****`).
//!
//! Linear: every hit is parsed at most once, and parsing moves a cursor past
//! the key and value it consumed, so overlapping hits are skipped.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::text::{is_placeholder_word, looks_generated, shannon, wordiness, Classes};
use super::Finding;

/// Substrings that start a candidate key (case-insensitive). Whole-word
/// filtering happens after the key is read.
const TRIGGERS: &[&str] = &[
    "pass",
    "pwd",
    "secret",
    "token",
    "key",
    "credential",
    "signature",
];

/// Words that make a key name about something other than the secret itself.
const NOT_SECRET_WORDS: &[&str] = &[
    "public",
    "publishable",
    "pub",
    "id",
    "ids",
    "name",
    "names",
    "file",
    "filename",
    "path",
    "url",
    "uri",
    "endpoint",
    "length",
    "len",
    "size",
    "min",
    "max",
    "count",
    "type",
    "field",
    "env",
    "var",
    "variable",
    "policy",
    "prompt",
    "reset",
    "expiry",
    "expires",
    "expiration",
    "ttl",
    "timeout",
    "lifetime",
    "format",
    "label",
    "hint",
    "header",
    "algorithm",
    "alg",
    "location",
    "dir",
    "store",
    "manager",
    "provider",
    "service",
    "method",
    "mode",
    "column",
    "param",
    "hash",
    "hashed",
    "salt",
    "rotation",
    "required",
    "enabled",
    "strength",
    "regex",
    "pattern",
    "validator",
    "input",
    "limit",
    "limits",
    "usage",
    "prefix",
    "index",
    "idx",
    "encoding",
    "encoder",
    "decoder",
    "parser",
    "kind",
    "scope",
    "scopes",
    "issuer",
    "audience",
    "cache",
    "store",
    "vault",
    "ref",
    "reference",
    "arn",
    "version",
    "pair",
    "pairs",
    "fingerprint",
    "file",
    "words",
    "word",
    "policy",
    "class",
    "schema",
    "table",
    "map",
    "board",
    "stroke",
    "note",
    "notes",
    "ring",
    "chain",
    "hole",
    "frame",
    "frames",
    "stone",
    "pad",
    "lock",
    "card",
    "ingredient",
    "sauce",
    "weapon",
    "santa",
    "agent",
    "life",
    "society",
    "garden",
    "mission",
];

/// Whole words that on their own name a secret value.
const SECRET_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "pass",
    "secret",
    "secrets",
    "token",
    "apikey",
    "credential",
    "credentials",
    "signature",
    "privatekey",
    "secretkey",
    "accesskey",
    "authtoken",
    "accesstoken",
    "refreshtoken",
    "clientsecret",
    "sig",
];

/// Qualifiers that turn a following `key` into a secret key name.
const KEY_QUALIFIERS: &[&str] = &[
    "api",
    "private",
    "secret",
    "access",
    "signing",
    "encryption",
    "master",
    "auth",
    "client",
    "app",
    "account",
    "session",
    "unseal",
    "shared",
    "webhook",
    "hmac",
    "jwt",
    "bot",
    "deploy",
    "recovery",
    "root",
    "admin",
    "license",
    "service",
    "storage",
    "subscription",
    "consumer",
    "aes",
    "cipher",
    "crypt",
    "crypto",
    "decryption",
];

const PASSWORD_WORDS: &[&str] = &[
    "password",
    "passwd",
    "pwd",
    "passphrase",
    "passcode",
    "pass",
];

/// Values that stand in for a secret rather than being one.
const PLACEHOLDER_VALUES: &[&str] = &[
    "password",
    "secret",
    "changeme",
    "admin",
    "root",
    "test",
    "testing",
    "none",
    "null",
    "nil",
    "true",
    "false",
    "undefined",
    "empty",
    "required",
    "optional",
    "string",
    "str",
    "int",
    "value",
    "token",
    "key",
    "apikey",
    "api_key",
    "pass",
    "default",
    "guest",
    "user",
    "demo",
    "hidden",
    "masked",
    "unset",
    "tbd",
    "n/a",
    "na",
];

pub struct AssignScanner {
    triggers: AhoCorasick,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum KeyKind {
    Password,
    Token,
    Aws,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sep {
    /// `=`, `:`, `:=`, `=>`, `==`
    Code,
    /// " is ", " was ", ": " after a prose phrase
    Prose,
}

impl AssignScanner {
    pub fn new() -> Result<AssignScanner, String> {
        let triggers = AhoCorasickBuilder::new()
            .kind(Some(AhoCorasickKind::DFA))
            .prefilter(false)
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostFirst)
            .build(TRIGGERS)
            .map_err(|e| format!("assignment triggers: {e}"))?;
        Ok(AssignScanner { triggers })
    }

    pub fn scan(&self, text: &str) -> Option<Finding> {
        let b = text.as_bytes();
        let mut cursor = 0usize;
        for m in self.triggers.find_iter(text) {
            if m.start() < cursor {
                continue;
            }
            let (found, next) = parse_at(b, m.start(), m.end(), cursor);
            cursor = next;
            if found.is_some() {
                return found;
            }
        }
        None
    }
}

fn is_ident(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// Parses the key around a trigger hit at `[hs, he)`; returns a finding and
/// the cursor position up to which the text is consumed.
fn parse_at(b: &[u8], hs: usize, he: usize, floor: usize) -> (Option<Finding>, usize) {
    // Key: identifier chars around the hit, plus up to three prose words before
    // it ("AWS Secret Access Key", "the new password").
    let mut ks = hs;
    let mut words_back = 0;
    let lower_bound = hs.saturating_sub(48).max(floor);
    while ks > lower_bound {
        let c = b[ks - 1];
        if is_ident(c) {
            ks -= 1;
        } else if c == b' ' && words_back < 3 && ks - 1 > lower_bound && is_ident(b[ks - 2]) {
            words_back += 1;
            ks -= 1;
        } else {
            break;
        }
    }
    let mut ke = he;
    while ke < b.len() && is_ident(b[ke]) {
        ke += 1;
    }
    // A trailing dot belongs to the sentence, not to the key.
    while ke > he && b[ke - 1] == b'.' {
        ke -= 1;
    }
    let key = &b[ks..ke];
    let Some(kind) = key_kind(key) else {
        return (None, ke);
    };
    let Some((sep, vstart)) = separator(b, ke) else {
        return (None, ke);
    };
    let (value, quoted, vend) = read_value(b, vstart, sep);
    let finding = judge(kind, sep, value, quoted);
    (finding, vend.max(ke))
}

/// Lower-case words of a key: split on non-alphanumerics and on a lower→upper
/// case change (`clientSecret` → client, secret).
fn key_words(key: &[u8]) -> Vec<String> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut prev_lower = false;
    for &c in key {
        if !c.is_ascii_alphanumeric() {
            if !cur.is_empty() {
                words.push(std::mem::take(&mut cur));
            }
            prev_lower = false;
            continue;
        }
        if c.is_ascii_uppercase() && prev_lower && !cur.is_empty() {
            words.push(std::mem::take(&mut cur));
        }
        prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        cur.push(char::from(c.to_ascii_lowercase()));
    }
    if !cur.is_empty() {
        words.push(cur);
    }
    words
}

fn key_kind(key: &[u8]) -> Option<KeyKind> {
    let words = key_words(key);
    let last = words.last()?;
    if words.iter().any(|w| NOT_SECRET_WORDS.contains(&w.as_str())) {
        return None;
    }
    let has = |w: &str| words.iter().any(|x| x == w);
    let aws = has("aws") && (has("secret") || has("secretaccesskey") || has("secretkey"));
    if aws || (has("secret") && has("access") && has("key")) {
        return Some(KeyKind::Aws);
    }
    // The secret word must be the head of the key (its last word), or be
    // followed only by "key"/"value"/digits: `db_password`, `api_key`,
    // `secret_key_base`, not `password_policy` (excluded above anyway).
    let head = words.iter().rev().find(|w| {
        !matches!(w.as_str(), "value" | "base" | "str" | "string")
            && !w.chars().all(|c| c.is_ascii_digit())
    })?;
    if PASSWORD_WORDS.contains(&head.as_str()) {
        return Some(KeyKind::Password);
    }
    if SECRET_WORDS.contains(&head.as_str()) {
        return Some(KeyKind::Token);
    }
    if head == "key" && words.len() >= 2 {
        let before = &words[words.len().saturating_sub(3)..words.len() - 1];
        if before
            .iter()
            .any(|w| KEY_QUALIFIERS.contains(&w.as_str()) || SECRET_WORDS.contains(&w.as_str()))
        {
            return Some(KeyKind::Token);
        }
    }
    let _ = last;
    None
}

/// Reads the separator after the key; returns its kind and where the value starts.
fn separator(b: &[u8], mut i: usize) -> Option<(Sep, usize)> {
    // Closing quote/bracket of a quoted key: "password": / ['password'] =
    while i < b.len() && matches!(b[i], b'"' | b'\'' | b']' | b'`') {
        i += 1;
    }
    let ws = |i: &mut usize| {
        while *i < b.len() && matches!(b[*i], b' ' | b'\t') {
            *i += 1;
        }
    };
    ws(&mut i);
    let rest = &b[i.min(b.len())..];
    let (sep, len) =
        if rest.starts_with(b":=") || rest.starts_with(b"=>") || rest.starts_with(b"==") {
            (Sep::Code, 2)
        } else if rest.starts_with(b"=") || (rest.starts_with(b":") && !rest.starts_with(b"://")) {
            (Sep::Code, 1)
        } else {
            let lower: Vec<u8> = rest.iter().take(12).map(u8::to_ascii_lowercase).collect();
            if lower.starts_with(b"is: ") {
                (Sep::Prose, 4)
            } else if lower.starts_with(b"is ") || lower.starts_with(b"was ") {
                (Sep::Prose, if lower[0] == b'i' { 3 } else { 4 })
            } else if lower.starts_with(b"are ") {
                (Sep::Prose, 4)
            } else {
                return None;
            }
        };
    let mut j = i + len;
    ws(&mut j);
    (j < b.len()).then_some((sep, j))
}

/// Reads a value: quoted (to the matching quote on the same line) or bare (to
/// whitespace or a delimiter). Returns (value, quoted, end).
fn read_value(b: &[u8], start: usize, sep: Sep) -> (&[u8], bool, usize) {
    const MAX: usize = 256;
    let q = b[start];
    if matches!(q, b'"' | b'\'' | b'`') {
        let s = start + 1;
        let mut e = s;
        while e < b.len() && e - s < MAX && b[e] != q && b[e] != b'\n' {
            e += 1;
        }
        return (&b[s..e], true, (e + 1).min(b.len()));
    }
    let mut e = start;
    while e < b.len()
        && e - start < MAX
        && !b[e].is_ascii_whitespace()
        && !matches!(b[e], b',' | b';' | b')' | b'}' | b'"' | b'\'' | b'|')
    {
        e += 1;
    }
    let mut v = &b[start..e];
    if sep == Sep::Prose {
        while let Some((&last, rest)) = v.split_last() {
            if matches!(last, b'.' | b'!' | b'?' | b':' | b']') {
                v = rest;
            } else {
                break;
            }
        }
    }
    (v, false, e)
}

/// A bare value that is code referring to something else, not a literal.
fn is_reference(v: &[u8]) -> bool {
    let Some(&first) = v.first() else {
        return true;
    };
    if matches!(
        first,
        b'$' | b'%' | b'{' | b'<' | b'[' | b'(' | b'@' | b'!' | b'&' | b'*'
    ) {
        return true;
    }
    if v.iter().any(|&c| matches!(c, b'(' | b'[' | b'{')) {
        return true;
    }
    let ident = v
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || c == b'_' || c == b'.');
    if ident && (first.is_ascii_alphabetic() || first == b'_') {
        // `settings.API_KEY`, `db_password`, `SECRET`, `pw`: names, unless a
        // component looks generated (`hvs.qE8odLrKRVs0yvCr…`).
        let c = Classes::of(v);
        let dotted = v.contains(&b'.') && !v.ends_with(b".");
        let snake = v.contains(&b'_');
        let all_upper = c.lower == 0 && c.upper > 0;
        let all_lower_word = c.upper == 0 && c.digit == 0;
        let random_part = v
            .split(|&b| b == b'.' || b == b'_')
            .any(|part| part.len() >= 12 && looks_generated(part) && wordiness(part) < 0.5);
        return (dotted || snake || all_upper || all_lower_word) && !random_part;
    }
    false
}

fn is_placeholder(v: &[u8]) -> bool {
    let lower: Vec<u8> = v.iter().map(u8::to_ascii_lowercase).collect();
    if PLACEHOLDER_VALUES
        .iter()
        .any(|p| p.as_bytes() == lower.as_slice())
    {
        return true;
    }
    if is_placeholder_word(v) {
        return true;
    }
    // Masked or uniform: ****, ••••, xxxx, 0000, ....
    let distinct = super::text::distinct(&lower);
    if distinct <= 2 {
        return true;
    }
    let masked = v
        .iter()
        .filter(|&&c| matches!(c, b'*' | b'x' | b'X' | b'#' | b'.'))
        .count();
    if masked * 2 >= v.len() {
        return true;
    }
    // Values that mention a secret word are descriptions ("my-secret-token").
    [
        "secret",
        "password",
        "passwd",
        "token",
        "apikey",
        "api_key",
        "api-key",
        "environ",
        "getenv",
        "process.env",
        "vault",
    ]
    .iter()
    .any(|w| super::text::contains(&lower, w.as_bytes()))
}

/// A literal that reads as a real password: no whitespace, at least six
/// characters, not a placeholder, and more than a plain lower-case word.
pub fn literal_password(v: &[u8]) -> bool {
    if v.len() < 6 || v.len() > 128 || v.iter().any(|c| c.is_ascii_whitespace()) {
        return false;
    }
    if is_placeholder(v) {
        return false;
    }
    let c = Classes::of(v);
    if c.digit == v.len() {
        return false;
    }
    let plain_word = c.upper + c.lower == v.len()
        && (c.upper == 0 || c.lower == 0 || (c.upper == 1 && v[0].is_ascii_uppercase()));
    !plain_word || v.len() >= 16
}

/// A literal that reads as a generated key/token.
fn literal_token(v: &[u8]) -> bool {
    v.len() >= 12
        && v.len() <= 256
        && !v.iter().any(|c| c.is_ascii_whitespace())
        && !is_placeholder(v)
        && looks_generated(v)
        && shannon(v) >= 3.0
        && wordiness(v) < 0.6
}

/// `/etc/app/secret.key`, `./certs/key.pem`, `~/.ssh/id_ed25519`: a path
/// whose segments read as words, not base64 that happens to start with `/`.
fn looks_like_path(v: &[u8]) -> bool {
    let rest = if let Some(r) = v.strip_prefix(b"~/").or_else(|| v.strip_prefix(b"./")) {
        r
    } else if let Some(r) = v.strip_prefix(b"/") {
        r
    } else {
        return false;
    };
    !rest.contains(&b'+')
        && rest
            .split(|&b| b == b'/' || b == b'.')
            .filter(|s| !s.is_empty())
            .all(|seg| {
                seg.len() <= 3
                    || seg.iter().all(u8::is_ascii_digit)
                    || wordiness(seg) >= 0.5
                    || !looks_generated(seg)
            })
}

fn judge(kind: KeyKind, sep: Sep, value: &[u8], quoted: bool) -> Option<Finding> {
    if value.is_empty() {
        return None;
    }
    if !quoted && sep == Sep::Code && is_reference(value) {
        return None;
    }
    // URLs and file paths name where a secret lives, not the secret.
    if value.starts_with(b"http") || looks_like_path(value) {
        return None;
    }
    match kind {
        KeyKind::Aws => {
            let aws_shape = value.len() == 40
                && value
                    .iter()
                    .all(|&c| c.is_ascii_alphanumeric() || c == b'/' || c == b'+');
            if aws_shape && literal_token(value) {
                Some(Finding::AwsKey)
            } else if literal_token(value) {
                Some(Finding::Assignment)
            } else {
                None
            }
        }
        KeyKind::Token => literal_token(value).then_some(Finding::Assignment),
        KeyKind::Password => {
            let ok = match sep {
                Sep::Code => literal_password(value),
                // Prose is looser English: demand a stronger-looking value.
                Sep::Prose => {
                    literal_password(value)
                        && (quoted || Classes::of(value).kinds() >= 3 || literal_token(value))
                }
            };
            ok.then_some(Finding::Assignment)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scan(s: &str) -> Option<Finding> {
        AssignScanner::new().ok()?.scan(s)
    }

    #[test]
    fn literal_assignments_block() {
        for s in [
            "password = \"hunter2!x\"",
            "DB_PASSWORD=Xk9#mP2qLw",
            "\"client_secret\": \"9f8e7d6c5b4a39281706f5e4d3c2b1a0\"",
            "api_key: 4f9ZkQ2mX8pL7vR3nT6w",
            "SECRET_KEY = 'django-insecure-7h#k2$9v!q0w3e8r5t1y6u4i'",
            "Your new password is Summer2024!",
            "Initial Root Token: hvs.qE8odLrKRVs0yvCrXnRztJWM",
        ] {
            assert_eq!(scan(s), Some(Finding::Assignment), "{s}");
        }
        assert_eq!(
            scan("aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYzQ3vB9aT2s"),
            Some(Finding::AwsKey)
        );
    }

    #[test]
    fn placeholders_and_references_pass() {
        for s in [
            "password = \"<your-password>\"",
            "api_key: ${API_KEY}",
            "api_key = os.environ[\"API_KEY\"]",
            "SECRET_KEY = os.getenv('SECRET_KEY')",
            "password: changeme",
            "password = \"xxxxxxxx\"",
            "password = '********'",
            "token = settings.API_TOKEN",
            "password = get_password()",
            "password = pw",
            "api_key = \"YOUR_API_KEY_HERE\"",
            "The password is stored in the team password manager.",
            "max_tokens: 1024",
            "tokenizer = \"bert-base-uncased\"",
            "public_key: AAAAB3NzaC1yc2EAAAADAQABAAABAQ",
            "Key: the secret is to use cold butter",
            "password_min_length = 12",
            "password: {{ .Values.db.password }}",
            "export PGPASSWORD=$(cat /run/secrets/pg)",
        ] {
            assert_eq!(scan(s), None, "{s}");
        }
    }
}
