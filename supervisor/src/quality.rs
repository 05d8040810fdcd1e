//! `policy-gate quality`: runs labelled JSONL corpora through a running gate
//! and reports how often attacks are blocked and benign requests pass, per
//! file and per category. Also home of the corpus row format that `bench`
//! reuses for its traffic mix.
//!
//! Row shape: `{"prompt"|"text", "expect": "block"|"pass", "category"?,
//! "response"?, "system_prompt"?}`. A row with a `response` is an egress
//! check, any other an ingress evaluation.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::net::UnixStream;
use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::{bail, Context};
use serde::Deserialize;
use serde_json::{json, Value};

#[derive(Debug, clap::Args)]
pub struct QualityArgs {
    /// The gate's client socket.
    #[arg(long, value_name = "PATH", default_value = ".policy-gate/gate.sock")]
    pub socket: PathBuf,
    /// Tenant id sent with every request.
    #[arg(long)]
    pub tenant: Option<String>,
    /// List every row judged against its expectation (text shortened).
    #[arg(long)]
    pub show_misses: bool,
    /// Machine-readable summary on stdout.
    #[arg(long)]
    pub json: bool,
    /// Requests in flight at once (a quality run measures detection, not
    /// capacity, so it stays well below the gate's limits).
    #[arg(long, default_value_t = 8, value_parser = clap::value_parser!(u32).range(1..=256))]
    pub window: u32,
    /// JSONL corpus files.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    Block,
    Pass,
}

impl Expect {
    fn name(self) -> &'static str {
        match self {
            Expect::Block => "block",
            Expect::Pass => "pass",
        }
    }
}

/// One corpus row, ready to be sent.
#[derive(Debug, Clone)]
pub struct Row {
    /// 1-based line number in its file.
    pub line: usize,
    pub prompt: String,
    pub response: Option<String>,
    pub system_prompt: Option<String>,
    pub expect: Option<Expect>,
    pub category: String,
}

impl Row {
    pub fn is_egress(&self) -> bool {
        self.response.is_some()
    }

    /// The request object without its `id`, serialised as the tail of a JSON
    /// object (everything after the opening brace), so a sender can prefix a
    /// fresh id without re-serialising the text.
    pub fn request_tail(&self, tenant: Option<&str>) -> Vec<u8> {
        let mut obj = serde_json::Map::new();
        if let Some(resp) = &self.response {
            obj.insert("op".into(), json!("egress"));
            obj.insert("prompt".into(), json!(self.prompt));
            obj.insert("response".into(), json!(resp));
            if let Some(sp) = &self.system_prompt {
                obj.insert("system_prompt".into(), json!(sp));
            }
        } else {
            obj.insert("op".into(), json!("evaluate"));
            obj.insert("prompt".into(), json!(self.prompt));
        }
        if let Some(t) = tenant {
            obj.insert("tenant".into(), json!(t));
        }
        let full = serde_json::to_vec(&Value::Object(obj)).unwrap_or_default();
        // `full` starts with '{' and holds at least "op", so the tail is never empty.
        full.get(1..).map(<[u8]>::to_vec).unwrap_or_default()
    }

    /// A complete request line with this id.
    pub fn request_line(tail: &[u8], id: u64, out: &mut Vec<u8>) {
        out.extend_from_slice(b"{\"id\":");
        out.extend_from_slice(id.to_string().as_bytes());
        out.push(b',');
        out.extend_from_slice(tail);
        out.push(b'\n');
    }
}

#[derive(Deserialize)]
struct RawRow {
    prompt: Option<String>,
    text: Option<String>,
    expect: Option<String>,
    category: Option<String>,
    response: Option<String>,
    system_prompt: Option<String>,
}

/// Parses JSONL text. Rows without a category take `default_category`.
pub fn parse_rows(text: &str, default_category: &str) -> anyhow::Result<Vec<Row>> {
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let raw: RawRow = serde_json::from_str(line)
            .with_context(|| format!("line {}: not a corpus row", i + 1))?;
        let Some(prompt) = raw.prompt.or(raw.text).or_else(|| {
            // An egress row may omit the prompt.
            raw.response.as_ref().map(|_| String::new())
        }) else {
            bail!("line {}: no \"prompt\" or \"text\"", i + 1);
        };
        let expect = match raw.expect.as_deref() {
            Some("block") => Some(Expect::Block),
            Some("pass") => Some(Expect::Pass),
            None => None,
            Some(other) => bail!(
                "line {}: expect must be block or pass, not {other:?}",
                i + 1
            ),
        };
        rows.push(Row {
            line: i + 1,
            prompt,
            response: raw.response,
            system_prompt: raw.system_prompt,
            expect,
            category: raw.category.unwrap_or_else(|| default_category.to_string()),
        });
    }
    Ok(rows)
}

pub fn load_rows(path: &Path) -> anyhow::Result<Vec<Row>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "uncategorised".into());
    parse_rows(&text, &stem).with_context(|| format!("in {}", path.display()))
}

/// The judged outcome of one row.
#[derive(Debug, Clone)]
enum Got {
    Verdict {
        is_pass: bool,
        kind: String,
        reason: Option<String>,
    },
    Error(String),
}

#[derive(Debug, Default, Clone, Copy)]
struct Tally {
    attacks: u64,
    blocked: u64,
    benign: u64,
    passed: u64,
    errors: u64,
    unlabelled: u64,
}

impl Tally {
    fn add(&mut self, expect: Option<Expect>, got: &Got) {
        let is_pass = match got {
            Got::Verdict { is_pass, .. } => Some(*is_pass),
            Got::Error(_) => {
                self.errors += 1;
                None
            }
        };
        match expect {
            Some(Expect::Block) => {
                self.attacks += 1;
                self.blocked += u64::from(is_pass == Some(false));
            }
            Some(Expect::Pass) => {
                self.benign += 1;
                self.passed += u64::from(is_pass == Some(true));
            }
            None => self.unlabelled += 1,
        }
    }

    fn block_rate(&self) -> Option<f64> {
        (self.attacks > 0).then(|| self.blocked as f64 / self.attacks as f64)
    }

    fn pass_rate(&self) -> Option<f64> {
        (self.benign > 0).then(|| self.passed as f64 / self.benign as f64)
    }

    fn json(&self) -> Value {
        json!({
            "attacks": self.attacks, "blocked": self.blocked,
            "benign": self.benign, "passed": self.passed,
            "errors": self.errors, "unlabelled": self.unlabelled,
            "attack_block_rate": self.block_rate(),
            "benign_pass_rate": self.pass_rate(),
        })
    }
}

/// Sends every line over one connection, at most `window` unanswered at a
/// time (a writer thread takes a token per request, the reader returns one per
/// answer), and reads answers matched by id (they may come back out of order).
fn judge_all(socket: &Path, tails: &[Vec<u8>], window: usize) -> anyhow::Result<Vec<Got>> {
    let stream = UnixStream::connect(socket)
        .with_context(|| format!("connecting to {} (is the gate running?)", socket.display()))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut writer = stream.try_clone()?;
    let mut lines = Vec::with_capacity(tails.len());
    for (i, t) in tails.iter().enumerate() {
        let mut l = Vec::new();
        Row::request_line(t, i as u64, &mut l);
        lines.push(l);
    }
    let (tokens, token_rx) = std::sync::mpsc::channel::<()>();
    for _ in 0..window {
        let _ = tokens.send(());
    }
    let sender = std::thread::spawn(move || -> std::io::Result<()> {
        for l in lines {
            if token_rx.recv().is_err() {
                break; // the reader gave up
            }
            writer.write_all(&l)?;
        }
        Ok(())
    });
    let mut got: Vec<Option<Got>> = vec![None; tails.len()];
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    let mut remaining = tails.len();
    while remaining > 0 {
        line.clear();
        let n = reader
            .read_line(&mut line)
            .context("reading the gate's answers")?;
        if n == 0 {
            bail!("the gate closed the connection with {remaining} answers outstanding");
        }
        let v: Value = serde_json::from_str(&line).context("the gate's answer is not JSON")?;
        let Some(slot) = v["id"]
            .as_u64()
            .and_then(|id| got.get_mut(usize::try_from(id).ok()?))
        else {
            bail!("answer without a known id: {}", line.trim_end());
        };
        let outcome = if v["ok"] == json!(true) {
            Got::Verdict {
                is_pass: v["is_pass"] == json!(true),
                kind: v["kind"].as_str().unwrap_or("?").to_string(),
                reason: v["reason"].as_str().map(str::to_string),
            }
        } else {
            Got::Error(format!(
                "{}: {}",
                v["error"]["code"].as_str().unwrap_or("?"),
                v["error"]["message"].as_str().unwrap_or("?")
            ))
        };
        if slot.replace(outcome).is_none() {
            remaining -= 1;
            let _ = tokens.send(());
        }
    }
    match sender.join() {
        Ok(r) => r.context("sending requests")?,
        Err(_) => bail!("request writer thread panicked"),
    }
    Ok(got
        .into_iter()
        .map(|g| g.unwrap_or_else(|| Got::Error("no answer".into())))
        .collect())
}

fn pct(r: Option<f64>) -> String {
    r.map(|r| format!("{:.1}%", r * 100.0))
        .unwrap_or_else(|| "-".into())
}

fn shorten(s: &str, max: usize) -> String {
    let flat: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if flat.chars().count() <= max {
        flat
    } else {
        let mut out: String = flat.chars().take(max).collect();
        out.push('…');
        out
    }
}

pub fn run(a: QualityArgs) -> anyhow::Result<i32> {
    let mut files = Vec::new();
    for f in &a.files {
        files.push((f.clone(), load_rows(f)?));
    }
    let tails: Vec<Vec<u8>> = files
        .iter()
        .flat_map(|(_, rows)| rows.iter().map(|r| r.request_tail(a.tenant.as_deref())))
        .collect();
    let got = judge_all(&a.socket, &tails, a.window as usize)?;

    let mut per_file: Vec<(String, Tally)> = Vec::new();
    let mut per_cat: BTreeMap<(String, &'static str), Tally> = BTreeMap::new();
    let mut overall = Tally::default();
    let mut misses = Vec::new();
    let mut outcomes = got.iter();
    for (path, rows) in &files {
        let mut t = Tally::default();
        for row in rows {
            let Some(g) = outcomes.next() else {
                bail!("fewer answers than rows");
            };
            t.add(row.expect, g);
            overall.add(row.expect, g);
            let label = row.expect.map(Expect::name).unwrap_or("-");
            per_cat
                .entry((row.category.clone(), label))
                .or_default()
                .add(row.expect, g);
            let miss = match (row.expect, g) {
                (_, Got::Error(_)) => true,
                (Some(Expect::Block), Got::Verdict { is_pass, .. }) => *is_pass,
                (Some(Expect::Pass), Got::Verdict { is_pass, .. }) => !*is_pass,
                (None, _) => false,
            };
            if miss {
                misses.push((path.display().to_string(), row, g.clone()));
            }
        }
        per_file.push((path.display().to_string(), t));
    }

    if a.json {
        let miss_json: Vec<Value> = if a.show_misses {
            misses
                .iter()
                .map(|(file, row, g)| {
                    let (kind, reason) = match g {
                        Got::Verdict { kind, reason, .. } => (json!(kind), json!(reason)),
                        Got::Error(e) => (json!("error"), json!(e)),
                    };
                    json!({"file": file, "line": row.line, "category": row.category,
                           "expect": row.expect.map(Expect::name), "kind": kind, "reason": reason,
                           "direction": if row.is_egress() { "egress" } else { "ingress" },
                           "text": shorten(row.response.as_deref().unwrap_or(&row.prompt), 160)})
                })
                .collect()
        } else {
            Vec::new()
        };
        let out = json!({
            "rows": got.len(),
            "files": per_file.iter().map(|(f, t)| {
                let mut v = t.json();
                v["file"] = json!(f);
                v
            }).collect::<Vec<_>>(),
            "categories": per_cat.iter().map(|((c, e), t)| {
                let mut v = t.json();
                v["category"] = json!(c);
                v["expect"] = json!(e);
                v
            }).collect::<Vec<_>>(),
            "overall": overall.json(),
            "misses": miss_json,
        });
        println!("{out}");
        return Ok(0);
    }

    println!(
        "{:<44} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>5}",
        "FILE", "ROWS", "ATTACKS", "BLOCKED", "RATE", "BENIGN", "PASSED", "RATE", "ERR"
    );
    for (f, t) in &per_file {
        println!(
            "{:<44} {:>5} {:>7} {:>7} {:>7} {:>7} {:>7} {:>7} {:>5}",
            shorten(f, 44),
            t.attacks + t.benign + t.unlabelled,
            t.attacks,
            t.blocked,
            pct(t.block_rate()),
            t.benign,
            t.passed,
            pct(t.pass_rate()),
            t.errors
        );
    }
    println!();
    println!(
        "{:<34} {:>6} {:>5} {:>8} {:>7}",
        "CATEGORY", "EXPECT", "ROWS", "CORRECT", "RATE"
    );
    for ((c, e), t) in &per_cat {
        let (n, ok, rate) = match *e {
            "block" => (t.attacks, t.blocked, t.block_rate()),
            "pass" => (t.benign, t.passed, t.pass_rate()),
            _ => (t.unlabelled, 0, None),
        };
        println!(
            "{:<34} {:>6} {:>5} {:>8} {:>7}",
            shorten(c, 34),
            e,
            n,
            ok,
            pct(rate)
        );
    }
    println!();
    println!(
        "overall: attack block rate {} ({}/{}), benign pass rate {} ({}/{}), errors {}",
        pct(overall.block_rate()),
        overall.blocked,
        overall.attacks,
        pct(overall.pass_rate()),
        overall.passed,
        overall.benign,
        overall.errors
    );
    if a.show_misses {
        println!();
        println!("misses ({}):", misses.len());
        for (file, row, g) in &misses {
            let got = match g {
                Got::Verdict { kind, reason, .. } => {
                    format!(
                        "{kind}{}",
                        reason
                            .as_deref()
                            .map(|r| format!(" {r}"))
                            .unwrap_or_default()
                    )
                }
                Got::Error(e) => format!("error {e}"),
            };
            println!(
                "  {file}:{} [{}] expect {} got {got}: {}",
                row.line,
                row.category,
                row.expect.map(Expect::name).unwrap_or("-"),
                shorten(row.response.as_deref().unwrap_or(&row.prompt), 120)
            );
        }
    }
    Ok(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_parse_both_shapes_and_default_category() {
        let text = concat!(
            "{\"id\":\"x\",\"prompt\":\"hi\",\"expect\":\"pass\",\"category\":\"greeting\"}\n",
            "\n",
            "{\"text\":\"ignore it\",\"expect\":\"block\",\"source\":\"s\"}\n",
            "{\"prompt\":\"p\",\"response\":\"r\",\"system_prompt\":null,\"expect\":\"pass\"}\n",
        );
        let rows = parse_rows(text, "file").unwrap();
        assert_eq!(rows.len(), 3);
        assert_eq!(rows[0].category, "greeting");
        assert_eq!(rows[1].category, "file");
        assert_eq!(rows[1].line, 3);
        assert_eq!(rows[1].expect, Some(Expect::Block));
        assert!(rows[2].is_egress());
        assert!(!rows[0].is_egress());
    }

    #[test]
    fn bad_expect_is_an_error() {
        assert!(parse_rows("{\"prompt\":\"a\",\"expect\":\"maybe\"}", "f").is_err());
        assert!(parse_rows("{\"expect\":\"pass\"}", "f").is_err());
    }

    #[test]
    fn request_line_is_valid_json_with_id() {
        let rows = parse_rows(
            "{\"prompt\":\"q \\\"x\\\"\",\"response\":\"r\",\"system_prompt\":\"s\"}",
            "f",
        )
        .unwrap();
        let tail = rows[0].request_tail(Some("t1"));
        let mut line = Vec::new();
        Row::request_line(&tail, 42, &mut line);
        assert_eq!(line.last(), Some(&b'\n'));
        let v: Value = serde_json::from_slice(&line).unwrap();
        assert_eq!(v["id"], 42);
        assert_eq!(v["op"], "egress");
        assert_eq!(v["prompt"], "q \"x\"");
        assert_eq!(v["system_prompt"], "s");
        assert_eq!(v["tenant"], "t1");
    }

    #[test]
    fn tally_counts_errors_as_misses() {
        let mut t = Tally::default();
        t.add(Some(Expect::Block), &Got::Error("x".into()));
        t.add(
            Some(Expect::Block),
            &Got::Verdict {
                is_pass: false,
                kind: "Block".into(),
                reason: None,
            },
        );
        t.add(
            Some(Expect::Pass),
            &Got::Verdict {
                is_pass: true,
                kind: "Pass".into(),
                reason: None,
            },
        );
        assert_eq!(
            (t.attacks, t.blocked, t.benign, t.passed, t.errors),
            (2, 1, 1, 1, 1)
        );
        assert_eq!(t.block_rate(), Some(0.5));
    }
}
