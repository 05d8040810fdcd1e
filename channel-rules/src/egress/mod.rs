//! Channel F — egress rule engine: known secret formats, secret assignments,
//! high-entropy blobs and framing phrases that reveal hidden instructions.
//!
//! Deliberately a different technique from channel E (hand-written FSM over
//! PII and prompt overlap): here, multi-pattern regexes (regex-automata) and
//! Aho-Corasick tables, plus entropy statistics. All scans are linear in the
//! response size. Fail-closed: a missing response, an oversize response, an
//! unknown tenant, no policy or a table that failed to build all block.

mod assign;
mod entropy;
mod framing;
mod secrets;
mod text;

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role};

use assign::AssignScanner;
use entropy::EntropyScanner;
use framing::FramingScanner;
use secrets::SecretScanner;

/// Responses above this size are not judged (issue 4: 256 KiB).
pub const MAX_RESPONSE_BYTES: usize = 256 * 1024;

/// What a detector found; each maps to one block reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Finding {
    AwsKey,
    GithubToken,
    GitlabToken,
    SlackToken,
    StripeKey,
    GoogleApiKey,
    OpenAiKey,
    Jwt,
    PrivateKey,
    Assignment,
    HighEntropy,
    Framing,
}

impl Finding {
    pub fn reason(self) -> &'static str {
        match self {
            Finding::AwsKey => "SecretAwsKey",
            Finding::GithubToken => "SecretGithubToken",
            Finding::GitlabToken => "SecretGitlabToken",
            Finding::SlackToken => "SecretSlackToken",
            Finding::StripeKey => "SecretStripeKey",
            Finding::GoogleApiKey => "SecretGoogleApiKey",
            Finding::OpenAiKey => "SecretOpenAiKey",
            Finding::Jwt => "SecretJwt",
            Finding::PrivateKey => "SecretPrivateKey",
            Finding::Assignment => "SecretAssignment",
            Finding::HighEntropy => "HighEntropyBlob",
            Finding::Framing => "FramingLeak",
        }
    }
}

/// The compiled, policy-independent detectors.
struct Engine {
    secrets: SecretScanner,
    assign: AssignScanner,
    entropy: EntropyScanner,
    framing: FramingScanner,
}

impl Engine {
    fn new() -> Result<Engine, String> {
        Ok(Engine {
            secrets: SecretScanner::new()?,
            assign: AssignScanner::new()?,
            entropy: EntropyScanner::new()?,
            framing: FramingScanner::new()?,
        })
    }
}

/// Per-tenant switches, copied from the policy snapshot.
#[derive(Clone, Copy, Debug)]
struct TenantRules {
    block_secrets: bool,
    block_prompt_leaks: bool,
}

pub struct ChannelF {
    engine: Result<Engine, String>,
    tenants: Option<Vec<TenantRules>>,
}

impl Default for ChannelF {
    fn default() -> Self {
        Self::new()
    }
}

impl ChannelF {
    pub fn new() -> Self {
        ChannelF {
            engine: Engine::new(),
            tenants: None,
        }
    }

    /// Judges a response under explicit switches (also used by tests and benches).
    pub fn check(
        &self,
        prompt: &str,
        response: &str,
        block_secrets: bool,
        block_prompt_leaks: bool,
    ) -> Outcome {
        let engine = match &self.engine {
            Ok(e) => e,
            Err(_) => return Outcome::block("ChannelFInitFailed"),
        };
        if response.len() > MAX_RESPONSE_BYTES {
            return Outcome::block("ExceededMaxLength");
        }
        match detect(engine, prompt, response, block_secrets, block_prompt_leaks) {
            Some(f) => Outcome::block(f.reason()),
            None => Outcome::pass(None),
        }
    }
}

fn detect(
    engine: &Engine,
    prompt: &str,
    response: &str,
    block_secrets: bool,
    block_prompt_leaks: bool,
) -> Option<Finding> {
    // Invisible characters must not split a token or a phrase out of sight.
    let visible = text::strip_invisible(response);
    if block_secrets {
        if let Some(f) = engine.secrets.scan(&visible) {
            return Some(f);
        }
        if let Some(f) = engine.assign.scan(&visible) {
            return Some(f);
        }
        if engine.entropy.scan(prompt, &visible) {
            return Some(Finding::HighEntropy);
        }
    }
    if block_prompt_leaks && engine.framing.leaks(&visible) {
        return Some(Finding::Framing);
    }
    None
}

impl Channel for ChannelF {
    fn role(&self) -> Role {
        Role::ChannelF
    }

    fn load_policy(&mut self, policy: &PolicySnapshot) -> Result<(), String> {
        if let Err(e) = &self.engine {
            return Err(format!("channel F tables failed to build: {e}"));
        }
        self.tenants = Some(
            policy
                .tenants
                .iter()
                .map(|t| TenantRules {
                    block_secrets: t.egress.block_secrets,
                    block_prompt_leaks: t.egress.block_prompt_leaks,
                })
                .collect(),
        );
        Ok(())
    }

    fn evaluate(&mut self, tenant: usize, req: &EvalRequest) -> Outcome {
        let Some(tenants) = &self.tenants else {
            return Outcome::block("NoPolicy");
        };
        let Some(rules) = tenants.get(tenant).copied() else {
            return Outcome::block("UnknownTenant");
        };
        let Some(response) = req.response.as_deref() else {
            return Outcome::block("MalformedInput");
        };
        // C0 controls (but tab and line breaks) and DEL: escape sequences and NULs
        // have no place in an answer shown to a person.
        if response
            .bytes()
            .any(|b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f)
        {
            return Outcome::block("MalformedInput");
        }
        self.check(
            &req.prompt,
            response,
            rules.block_secrets,
            rules.block_prompt_leaks,
        )
    }
}

#[cfg(test)]
mod timing_probe {
    use super::*;
    #[test]
    #[ignore]
    fn probe() {
        let Ok(e) = Engine::new() else { return };
        let unit = "Payroll runs on the 25th, or the last working day before it if the 25th falls on a weekend. A system prompt is text the developer supplies to configure behaviour; the key takeaway is that secrets belong in a manager. Commit 3f786850e387550fdab836ed7e6dc881de23001b fixed it; see https://docs.rs/regex/1.10.2/regex/struct.Regex.html and id 123e4567-e89b-12d3-a456-426614174000. ";
        for size in [4096usize, 262144] {
            let mut t = unit.repeat(size / unit.len() + 1);
            t.truncate(size);
            let iters = (4 * 1024 * 1024 / size).max(4);
            let time = |f: &dyn Fn()| {
                (0..iters)
                    .map(|_| {
                        let s = std::time::Instant::now();
                        f();
                        s.elapsed()
                    })
                    .min()
                    .unwrap_or_default()
            };
            println!(
                "{size} secrets {:?}",
                time(&|| {
                    std::hint::black_box(e.secrets.scan(&t));
                })
            );
            println!(
                "{size} assign {:?}",
                time(&|| {
                    std::hint::black_box(e.assign.scan(&t));
                })
            );
            println!(
                "{size} entropy {:?}",
                time(&|| {
                    std::hint::black_box(e.entropy.scan("q", &t));
                })
            );
            println!(
                "{size} framing {:?}",
                time(&|| {
                    std::hint::black_box(e.framing.score(&t));
                })
            );
            println!(
                "{size} total {:?}",
                time(&|| {
                    std::hint::black_box(detect(&e, "q", &t, true, true));
                })
            );
        }
    }
}
