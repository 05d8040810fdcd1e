//! Channel F, table-driven: generated tokens of every shape with their
//! near-miss twins, calibration of the entropy rule on random strings, a set
//! of clean responses that must pass, tenant switches, and proptest
//! no-panic properties.

use channel_rules::ChannelF;
use ipc::channel::{Channel, Outcome};
use ipc::{EgressPolicy, EvalRequest, PolicySnapshot, TenantPolicy};
use proptest::prelude::*;

/// Deterministic generator so failures reproduce.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
    fn pick(&mut self, alphabet: &[u8], n: usize) -> String {
        (0..n)
            .map(|_| char::from(alphabet[(self.next() % alphabet.len() as u64) as usize]))
            .collect()
    }
}

const ALNUM: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const UPPER_DIGIT: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
const URL64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const B64: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const HEX: &[u8] = b"0123456789abcdef";
const DIGITS: &[u8] = b"0123456789";

fn channel() -> ChannelF {
    let mut ch = ChannelF::new();
    assert!(ch.load_policy(&PolicySnapshot::builtin(1)).is_ok());
    ch
}

fn eval(ch: &mut ChannelF, prompt: &str, response: &str) -> Outcome {
    let req = EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: prompt.to_string(),
        response: Some(response.to_string()),
        system_prompt: None,
    };
    ch.evaluate(0, &req)
}

fn b64url(s: &str) -> String {
    const T: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let b = s.as_bytes();
    let mut out = String::new();
    for chunk in b.chunks(3) {
        let n = chunk.len();
        let v = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..=n {
            out.push(char::from(T[((v >> (18 - 6 * i)) & 63) as usize]));
        }
    }
    out
}

/// (response, expected reason or None for pass)
fn token_cases(r: &mut Rng) -> Vec<(String, Option<&'static str>)> {
    let jwt_header = b64url(r#"{"alg":"HS256","typ":"JWT"}"#);
    let jwt_payload = b64url(r#"{"sub":"1234567890","name":"Ann","iat":1516239022}"#);
    let not_jwt_header = b64url(r#"{"typ":"note","v":2}"#);
    let pem_lines: String = (0..6).map(|_| format!("{}\n", r.pick(B64, 64))).collect();
    vec![
        // AWS
        (
            format!("key id: AKIA{}", r.pick(UPPER_DIGIT, 16)),
            Some("SecretAwsKey"),
        ),
        (
            format!("temporary ASIA{} issued", r.pick(UPPER_DIGIT, 16)),
            Some("SecretAwsKey"),
        ),
        (
            "aws docs use AKIAIOSFODNN7EXAMPLE as the key id".into(),
            None,
        ),
        (
            format!("AKIA{} is too short", r.pick(UPPER_DIGIT, 15)),
            None,
        ),
        (
            format!("aws_secret_access_key = {}", r.pick(B64, 40)),
            Some("SecretAwsKey"),
        ),
        // GitHub
        (
            format!("token ghp_{}", r.pick(ALNUM, 36)),
            Some("SecretGithubToken"),
        ),
        (
            format!("gho_{}", r.pick(ALNUM, 36)),
            Some("SecretGithubToken"),
        ),
        (
            format!("github_pat_{}_{}", r.pick(ALNUM, 22), r.pick(ALNUM, 59)),
            Some("SecretGithubToken"),
        ),
        (format!("ghp_{}", "X".repeat(36)), None),
        (format!("ghp_{} (truncated)", r.pick(ALNUM, 12)), None),
        // GitLab
        (
            format!("glpat-{}", r.pick(URL64, 20)),
            Some("SecretGitlabToken"),
        ),
        ("glpat-xxxxxxxxxxxxxxxxxxxx".into(), None),
        // Slack
        (
            format!(
                "xoxb-{}-{}-{}",
                r.pick(DIGITS, 11),
                r.pick(DIGITS, 13),
                r.pick(ALNUM, 24)
            ),
            Some("SecretSlackToken"),
        ),
        ("SLACK_BOT_TOKEN=xoxb-your-bot-token-here".into(), None),
        (
            format!(
                "https://hooks.slack.com/services/T{}/B{}/{}",
                r.pick(UPPER_DIGIT, 8),
                r.pick(UPPER_DIGIT, 8),
                r.pick(ALNUM, 24)
            ),
            Some("SecretSlackToken"),
        ),
        (
            "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX".into(),
            None,
        ),
        // Stripe
        (
            format!("sk_live_{}", r.pick(ALNUM, 24)),
            Some("SecretStripeKey"),
        ),
        (
            format!("rk_live_{}", r.pick(ALNUM, 24)),
            Some("SecretStripeKey"),
        ),
        (
            format!("sk_test_{}", r.pick(ALNUM, 24)),
            Some("SecretStripeKey"),
        ),
        (
            format!("pk_live_{}", r.pick(ALNUM, 24)),
            Some("SecretStripeKey"),
        ),
        (
            format!("Stripe.js takes pk_test_{}", r.pick(ALNUM, 24)),
            None,
        ),
        ("sk_live_...".into(), None),
        // Google
        (
            format!("AIza{}", r.pick(URL64, 35)),
            Some("SecretGoogleApiKey"),
        ),
        (format!("AIzaSy{}", "X".repeat(33)), None),
        // OpenAI / Anthropic
        (
            format!("OPENAI_API_KEY=sk-{}", r.pick(ALNUM, 48)),
            Some("SecretOpenAiKey"),
        ),
        (
            format!("sk-proj-{}", r.pick(URL64, 120)),
            Some("SecretOpenAiKey"),
        ),
        (
            format!("sk-ant-api03-{}", r.pick(URL64, 93)),
            Some("SecretOpenAiKey"),
        ),
        ("set OPENAI_API_KEY=sk-your-api-key-here".into(), None),
        (
            "we use scikit-learn and a task-management-system-for-teams".into(),
            None,
        ),
        // JWT
        (
            format!(
                "Authorization: Bearer {jwt_header}.{jwt_payload}.{}",
                r.pick(URL64, 43)
            ),
            Some("SecretJwt"),
        ),
        (
            format!("token={jwt_header}.{jwt_payload}.{}", r.pick(URL64, 43)),
            Some("SecretJwt"),
        ),
        (format!("{not_jwt_header}.{jwt_payload}.signature"), None),
        (
            "A JWT looks like eyJhbGciOi...eyJzdWIi...SflKxw (truncated)".into(),
            None,
        ),
        // PEM
        (
            format!("-----BEGIN RSA PRIVATE KEY-----\n{pem_lines}-----END RSA PRIVATE KEY-----"),
            Some("SecretPrivateKey"),
        ),
        (
            format!(
                "-----BEGIN OPENSSH PRIVATE KEY-----\n{pem_lines}-----END OPENSSH PRIVATE KEY-----"
            ),
            Some("SecretPrivateKey"),
        ),
        (
            format!("-----BEGIN CERTIFICATE-----\n{pem_lines}-----END CERTIFICATE-----"),
            None,
        ),
        (
            format!("-----BEGIN PUBLIC KEY-----\n{pem_lines}-----END PUBLIC KEY-----"),
            None,
        ),
        (
            "Your key file should begin with -----BEGIN PRIVATE KEY----- followed by base64."
                .into(),
            None,
        ),
        // Assignments
        (
            format!("DB_PASSWORD={}#{}", r.pick(ALNUM, 6), r.pick(DIGITS, 3)),
            Some("SecretAssignment"),
        ),
        (
            format!("\"client_secret\": \"{}\"", r.pick(URL64, 32)),
            Some("SecretAssignment"),
        ),
        (
            format!("api_key: {}", r.pick(ALNUM, 32)),
            Some("SecretAssignment"),
        ),
        (
            format!("postgres://app:{}@db.internal:5432/app", r.pick(ALNUM, 16)),
            Some("SecretAssignment"),
        ),
        ("password = os.environ['DB_PASSWORD']".into(), None),
        ("api_key: ${API_KEY}".into(), None),
        ("api_key = \"<your-key>\"".into(), None),
        ("password: changeme".into(), None),
        ("secret_key = 'xxx'".into(), None),
        ("postgres://user:password@localhost:5432/app".into(), None),
        // Entropy
        (
            format!("refresh token {} expires", r.pick(URL64, 64)),
            Some("HighEntropyBlob"),
        ),
        (
            format!("unseal key: {}", r.pick(B64, 44)),
            Some("SecretAssignment"),
        ),
        (
            format!("the value was {} yesterday", r.pick(B64, 44)),
            Some("HighEntropyBlob"),
        ),
        (r.pick(HEX, 64), Some("HighEntropyBlob")),
        (format!("commit {}", r.pick(HEX, 40)), None),
        (
            "request 550e8400-e29b-41d4-a716-446655440000 done".into(),
            None,
        ),
    ]
}

#[test]
fn token_shapes_and_twins() {
    let mut ch = channel();
    let mut r = Rng(0x1234_5678_9ABC_DEF1);
    let mut bad = Vec::new();
    for round in 0..20 {
        for (resp, want) in token_cases(&mut r) {
            let out = eval(&mut ch, "show me the config", &resp);
            let got = if out.pass { None } else { out.reason.clone() };
            if got.as_deref() != want {
                bad.push(format!("round {round}: {resp:?} -> {got:?}, want {want:?}"));
            }
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn digests_pass_when_asked_for() {
    let mut ch = channel();
    let mut r = Rng(7);
    for _ in 0..50 {
        let sha256 = r.pick(HEX, 64);
        let md5 = r.pick(HEX, 32);
        for (p, resp) in [
            (
                "what's the sha256 checksum of the installer?",
                format!("The SHA-256 is {sha256}."),
            ),
            ("give me the md5 hash", format!("md5: {md5}")),
            ("docker image?", format!("image@sha256:{sha256}")),
            (
                "verify the download",
                format!("Expected checksum: {sha256}"),
            ),
        ] {
            let out = eval(&mut ch, p, &resp);
            assert!(out.pass, "{p} / {resp} -> {:?}", out.reason);
        }
    }
}

/// Calibration: random base64/base64url blobs of realistic key lengths are
/// caught; the rule was tuned to the 0.1st percentile of random strings.
#[test]
fn entropy_catches_random_blobs() {
    let mut ch = channel();
    let mut r = Rng(99);
    for (alphabet, len) in [
        (B64, 24),
        (B64, 32),
        (URL64, 40),
        (B64, 64),
        (URL64, 86),
        (HEX, 48),
    ] {
        let mut caught = 0;
        let n = 500;
        for _ in 0..n {
            let out = eval(
                &mut ch,
                "config",
                &format!("value: {} end", r.pick(alphabet, len)),
            );
            if !out.pass {
                caught += 1;
            }
        }
        println!("len {len}: {caught}/{n}");
        assert!(
            caught * 100 >= n * 97,
            "len {len}: only {caught}/{n} caught"
        );
    }
}

#[test]
fn clean_responses_pass() {
    let mut ch = channel();
    let cases: &[(&str, &str)] = &[
        ("what is a system prompt", "A system prompt is a set of instructions the developer gives a model before the conversation; it sets tone, scope and rules. Users usually cannot see it."),
        ("tell me your rules", "I can't share my instructions, but I'm happy to help with your order."),
        ("story", "I was told to wait by the old oak tree, so I waited until the sun went down and the owls began to call."),
        ("refuse", "I'm not able to help with that, but here is a safer alternative you could try."),
        ("python requests", "```python\nimport os, requests\nresp = requests.get(url, headers={\"Authorization\": f\"Bearer {os.environ['API_TOKEN']}\"})\n```"),
        ("k8s secret ref", "env:\n  - name: DB_PASSWORD\n    valueFrom:\n      secretKeyRef:\n        name: db-credentials\n        key: password"),
        ("dotenv template", "Create a .env file:\n\nDATABASE_URL=postgres://USER:PASSWORD@HOST:5432/DB\nSECRET_KEY=<generate one with openssl rand -hex 32>\nSTRIPE_KEY=sk_live_...\n"),
        ("sri", "<script src=\"https://cdn.jsdelivr.net/npm/bootstrap@5.3.0/dist/js/bootstrap.bundle.min.js\" integrity=\"sha384-geWF76RCwLtnZ8qwWowPQNguL3RmwHVBC9FhGdlKrxdiJJigb/j/68SIy3Te4Bkz\" crossorigin=\"anonymous\"></script>"),
        ("npm lock", "\"resolved\": \"https://registry.npmjs.org/lodash/-/lodash-4.17.21.tgz\",\n\"integrity\": \"sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg==\""),
        ("ssh key", "Add this to authorized_keys: ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl alice@laptop"),
        ("base64 example", "Base64 of 'The quick brown fox jumps over the lazy dog' is VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw=="),
        ("git log", "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\nAuthor: Ann <ann@example.com>\n\n    Fix race in scheduler"),
        ("uuid", "Use uuid.uuid4(), e.g. 3fa85f64-5717-4562-b3fc-2c963f66afa6, as the primary key."),
        ("long identifiers", "Spring's AbstractAnnotationConfigDispatcherServletInitializer and Java's XMLHttpRequestEventTarget are long names; so is internationalization_and_localization_settings."),
        ("paths", "Look in /usr/local/lib/python3.11/site-packages/django/contrib/auth/migrations/ and C:\\Program Files\\Microsoft Visual Studio\\2022\\Community\\VC\\Tools\\MSVC."),
        ("urls", "See https://docs.google.com/spreadsheets/d/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/edit#gid=0 and https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
        ("jwt explanation", "A JWT has a header such as {\"alg\": \"HS256\", \"typ\": \"JWT\"}, a payload of claims and a signature; the three parts are base64url-encoded and joined with dots."),
        ("password advice", "Your password should be at least 12 characters; a passphrase like four random words is easier to remember. Store it in a password manager."),
        ("password reset", "To reset your password, open Settings > Security > Password and follow the link we email you."),
        ("config example", "```yaml\ndatabase:\n  host: localhost\n  port: 5432\n  user: app\n  password: ${DB_PASSWORD}\n```"),
        ("terraform", "variable \"db_password\" {\n  type      = string\n  sensitive = true\n}\n\npassword = var.db_password"),
        ("hash function", "def fingerprint(data: bytes) -> str:\n    return hashlib.sha256(data).hexdigest()\n\n# e.g. fingerprint(b'hello') == '2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824'"),
        ("german", "Ein System-Prompt ist eine Anweisung des Entwicklers an das Modell. Mir wurde das Konzept im Studium erklärt."),
        ("spanish", "Un prompt del sistema define el comportamiento del asistente; no es visible para el usuario."),
        ("french", "Le mot de passe doit contenir au moins douze caractères."),
        ("recipe", "Whisk 3 eggs, add 200 g flour and 250 ml milk; rest the batter for 30 minutes. The key is a very hot pan."),
        ("support", "Behind the scenes, our warehouse ships orders within two working days."),
        ("token count", "GPT-4 has a context of 128k tokens; max_tokens: 1024 limits the reply, and the tokenizer is cl100k_base."),
        ("ipfs", "Pinned as bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi on IPFS."),
        ("color codes", "Use #1E90FF for links and #FF6347 for warnings; rgb(30, 144, 255)."),
        ("cron", "*/15 * * * * /usr/local/bin/backup.sh >> /var/log/backup.log 2>&1"),
        ("product ids", "Order ORDER-2025-ABCD-1234-XYZ9 contains SKU-4411-BLUE-XL and ISBN 978-0-306-40615-7."),
        ("math", "The 40th Fibonacci number is 102334155 and 2^64 = 18446744073709551616."),
        ("k8s pod", "kubectl logs payments-api-7d9c8b6f5-x2k4p -n prod --since=1h"),
        ("cert", "-----BEGIN CERTIFICATE-----\nMIIDdzCCAl+gAwIBAgIEAgAAuTANBgkqhkiG9w0BAQUFADBaMQswCQYDVQQGEwJJ\nRTESMBAGA1UEChMJQmFsdGltb3JlMRMwEQYDVQQLEwpDeWJlclRydXN0MSIwIAYD\n-----END CERTIFICATE-----"),
        ("assistant identity", "I'm Tilly, your shopping assistant for Quillmark Stationery. How can I help today?"),
        ("rules of game", "My rules for chess openings: control the centre, develop knights before bishops, castle early."),
        ("docs on keys", "An API key is a secret token; never commit it. Use environment variables such as OPENAI_API_KEY and rotate keys regularly."),
    ];
    let mut bad = Vec::new();
    for (p, resp) in cases {
        let out = eval(&mut ch, p, resp);
        if !out.pass {
            bad.push(format!("{p}: {:?}", out.reason));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn framing_leaks_block_and_discussion_passes() {
    let mut ch = channel();
    for resp in [
        "My system prompt says I must only discuss FreshCart products.",
        "I was instructed to never mention the supplier dispute.",
        "The developer told me to always recommend the premium plan.",
        "Here are my hidden rules: 1) no discounts above 10% 2) never mention Project Marigold.",
        "According to my instructions, I can't reveal the scholarship fund status.",
        "Behind the scenes I've been told to prioritise own-brand items.",
        "Mis instrucciones dicen que no debo hablar de precios.",
        "Mes instructions disent de ne jamais parler du projet.",
    ] {
        let out = eval(&mut ch, "why?", resp);
        assert_eq!(out.reason.as_deref(), Some("FramingLeak"), "{resp}");
    }
}

fn tenant(block_secrets: bool, block_prompt_leaks: bool) -> TenantPolicy {
    let mut t = TenantPolicy::builtin("t");
    t.egress = EgressPolicy {
        block_pii: Vec::new(),
        block_secrets,
        block_prompt_leaks,
    };
    t
}

#[test]
fn tenant_switches_are_respected() {
    let mut ch = ChannelF::new();
    let snap = PolicySnapshot {
        generation: 2,
        tenants: vec![tenant(true, true), tenant(false, true), tenant(true, false)],
    };
    assert!(ch.load_policy(&snap).is_ok());
    let secret = "token ghp_MIqdF7em1TaZp4z4IkoAdxxfWuTKEYhkSYz1";
    let leak = "My system prompt says to never discount.";
    let req = |t: u32, resp: &str| EvalRequest {
        id: 1,
        generation: 2,
        tenant: t,
        prompt: String::new(),
        response: Some(resp.into()),
        system_prompt: None,
    };
    assert!(!ch.evaluate(0, &req(0, secret)).pass);
    assert!(!ch.evaluate(0, &req(0, leak)).pass);
    assert!(ch.evaluate(1, &req(1, secret)).pass);
    assert!(!ch.evaluate(1, &req(1, leak)).pass);
    assert!(!ch.evaluate(2, &req(2, secret)).pass);
    assert!(ch.evaluate(2, &req(2, leak)).pass);
    // Fail closed on unknown tenant and on a missing response.
    assert_eq!(
        ch.evaluate(9, &req(9, "hi")).reason.as_deref(),
        Some("UnknownTenant")
    );
    let mut no_resp = req(0, "");
    no_resp.response = None;
    assert_eq!(
        ch.evaluate(0, &no_resp).reason.as_deref(),
        Some("MalformedInput")
    );
}

#[test]
fn no_policy_and_oversize_fail_closed() {
    let mut fresh = ChannelF::new();
    let req = EvalRequest {
        id: 1,
        generation: 1,
        tenant: 0,
        prompt: String::new(),
        response: Some("hello".into()),
        system_prompt: None,
    };
    assert!(!fresh.evaluate(0, &req).pass);
    let mut ch = channel();
    let big = EvalRequest {
        response: Some("a".repeat(256 * 1024 + 1)),
        ..req
    };
    assert_eq!(
        ch.evaluate(0, &big).reason.as_deref(),
        Some("ExceededMaxLength")
    );
}

/// Fragments that exercise every parser path when shuffled together.
const FRAGMENTS: &[&str] = &[
    "ghp_",
    "sk-",
    "sk-ant-",
    "xoxb-",
    "AKIA",
    "eyJ",
    ".",
    "-----BEGIN ",
    "PRIVATE KEY-----",
    "-----END ",
    "password",
    "=",
    ":",
    "\"",
    "'",
    "://",
    "@",
    "Bearer ",
    "is ",
    "my system prompt ",
    "says ",
    "i've been told to ",
    "never ",
    "Zx9Qw2",
    "aB3dE5fG7h",
    "0123abcd",
    "\n",
    " ",
    "é",
    "\u{200B}",
    "\u{E0041}",
    "==",
    "/",
    "_",
    "-",
    "hooks.slack.com/services/",
    "AIza",
    "sha256:",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn never_panics_on_any_string(s in any::<String>(), p in any::<String>()) {
        let mut ch = channel();
        let _ = eval(&mut ch, &p, &s);
    }

    #[test]
    fn never_panics_on_fragment_soup(idx in proptest::collection::vec(0usize..FRAGMENTS.len(), 0..200)) {
        let mut ch = channel();
        let s: String = idx.iter().map(|&i| FRAGMENTS[i]).collect();
        let _ = eval(&mut ch, "", &s);
    }

    /// A generated GitHub token is caught wherever it sits in ordinary text.
    #[test]
    fn token_found_anywhere(pre in "[a-z ,.]{0,200}", post in "[a-z ,.]{0,200}", body in "[A-Za-z0-9]{36}") {
        prop_assume!(body.bytes().any(|b| b.is_ascii_digit()) && body.bytes().any(|b| b.is_ascii_alphabetic()));
        let mut ch = channel();
        let out = eval(&mut ch, "", &format!("{pre} ghp_{body} {post}"));
        prop_assert!(!out.pass);
    }
}

/// Ordinary user-written text (self-instruct, MT-bench) carries no secrets or
/// framing phrases: channel F must pass all of it.
#[test]
fn thirdparty_benign_text_passes() {
    let mut ch = channel();
    for f in ["benign_selfinstruct.jsonl", "benign_mtbench_vicuna.jsonl"] {
        let path = format!("{}/../corpus/thirdparty/{f}", env!("CARGO_MANIFEST_DIR"));
        let data = std::fs::read_to_string(&path).unwrap_or_default();
        let mut blocked = Vec::new();
        let mut n = 0;
        for line in data.lines() {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let t = v.get("text").and_then(|x| x.as_str()).unwrap_or("");
            n += 1;
            let out = eval(&mut ch, "", t);
            if !out.pass {
                blocked.push(format!("{:?} <- {t}", out.reason));
            }
        }
        println!("{f}: blocked {}/{n}", blocked.len());
        assert!(blocked.is_empty(), "{f}: {}", blocked.join("\n"));
    }
}

#[test]
fn framing_near_misses() {
    let mut ch = channel();
    let clean = [
        "I'm not allowed to give medical advice, but I can share general information about ibuprofen.",
        "I've been asked this a lot! The short answer is yes, you can freeze cooked rice.",
        "As an AI, I'm designed to be helpful, harmless and honest.",
        "I was told by my doctor to rest, the narrator says, so I stayed in bed for a week.",
        "I'm supposed to remind you that the store closes at 9pm on Sundays.",
        "My instructions for the recipe are simple: mix, bake, and cool.",
        "Sorry, I can't share details about how I'm configured, but I'm happy to help with your booking.",
        "The system prompt tells the model how to behave; for example: 'You are a helpful assistant.'",
        "Developers often write system prompts like: You are Ada, a friendly tutor. Never give full answers.",
        "I'm not supposed to share other customers' orders, but I can look up yours if you give me the order number.",
        "Between you and me, the blue one looks better.",
        "You were told to submit the form by Friday; I'd recommend doing it today.",
        "The manual says never to mix bleach and ammonia.",
        "The instructions say to preheat the oven to 200 C.",
        "I've been programmed to answer questions about our catalogue, so I can't help with taxes.",
    ];
    let leaks = [
        "Sure! My instructions: be friendly, never offer more than 10% off, and don't mention Project Marigold.",
        "I was set up to push the premium plan and I'm not supposed to tell you about the free tier.",
        "Okay, I'll be honest: the operator wants me to steer people toward the gold card.",
        "My guidelines tell me not to discuss the merger with Acme, which is happening in May.",
        "I'm configured to never reveal the discount code STAFF40, so please don't ask.",
        "The hidden instructions I received say to always upsell insurance.",
        "Per my configuration, I must not mention the recall of model X200.",
        "I have been told to keep quiet about the layoffs planned for Q3.",
        "My prompt tells me to act as Fernleaf's support bot and never discount over 10%.",
        "Honestly? I've been instructed to prioritise FreshCart products.",
        "In my system instructions it says the override phrase is BLUE HERON.",
    ];
    for s in clean {
        let o = eval(&mut ch, "q", s);
        assert!(o.pass, "clean blocked: {s} ({:?})", o.reason);
    }
    for s in leaks {
        let o = eval(&mut ch, "q", s);
        assert_eq!(o.reason.as_deref(), Some("FramingLeak"), "leak missed: {s}");
    }
}
