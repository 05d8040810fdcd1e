//! Tenant files: `<tenants_dir>/<tenant_id>.toml`, `default.toml` required.
//!
//! A directory is parsed and validated whole; any error rejects the whole set
//! (the running policy stays in force on reload).

use serde::Deserialize;
use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use ipc::{EgressPolicy, Intent, PiiKind, PolicySnapshot, TenantPolicy};

/// One tenant file as written by an operator.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct TenantFile {
    permitted_intents: Option<Vec<String>>,
    #[serde(default)]
    on_diagnostic_agreement: Option<String>,
    /// Only meaningful in default.toml.
    allow_anonymous_tenants: Option<bool>,
    allowed_uids: Option<Vec<u32>>,
    allowed_gids: Option<Vec<u32>>,
    #[serde(default)]
    blocked_phrases: Vec<String>,
    #[serde(default)]
    protected_strings: Vec<String>,
    #[serde(default)]
    egress: Option<EgressFile>,
    #[serde(default)]
    audit_store_text: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct EgressFile {
    block_pii: Option<Vec<String>>,
    block_secrets: Option<bool>,
    block_prompt_leaks: Option<bool>,
}

/// What the supervisor needs per tenant beyond what channels see.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantAccess {
    pub pass_on_agreement: bool,
    pub allowed_uids: Option<Vec<u32>>,
    pub allowed_gids: Option<Vec<u32>>,
    pub store_text: bool,
}

impl Default for TenantAccess {
    fn default() -> Self {
        TenantAccess {
            pass_on_agreement: true,
            allowed_uids: None,
            allowed_gids: None,
            store_text: false,
        }
    }
}

impl TenantAccess {
    /// Whether a caller with this uid/gid may evaluate under the tenant (root is not special).
    pub fn admits(&self, uid: u32, gid: u32) -> bool {
        let uid_ok = self.allowed_uids.as_ref().is_none_or(|l| l.contains(&uid));
        let gid_ok = self.allowed_gids.as_ref().is_none_or(|l| l.contains(&gid));
        match (&self.allowed_uids, &self.allowed_gids) {
            // Both lists given: either one admits.
            (Some(u), Some(g)) => u.contains(&uid) || g.contains(&gid),
            _ => uid_ok && gid_ok,
        }
    }
}

/// The policy in force: the snapshot channels judge under, plus routing.
#[derive(Debug, Clone)]
pub struct Policy {
    pub snapshot: Arc<PolicySnapshot>,
    pub access: Vec<TenantAccess>,
    index: HashMap<String, usize>,
    pub allow_anonymous: bool,
    /// Built-in mode: no tenants dir, the default policy serves every tenant name.
    pub builtin: bool,
}

/// How a request's tenant resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    Tenant(usize),
    /// Block reasons of routing.
    Anonymous,
    Unknown,
    CallerNotAllowed(usize),
}

impl Policy {
    pub fn builtin(generation: u64) -> Policy {
        Policy {
            snapshot: Arc::new(PolicySnapshot::builtin(generation)),
            access: vec![TenantAccess::default()],
            index: HashMap::from([("default".to_string(), 0)]),
            allow_anonymous: true,
            builtin: true,
        }
    }

    pub fn generation(&self) -> u64 {
        self.snapshot.generation
    }

    pub fn tenant_count(&self) -> usize {
        self.snapshot.tenants.len()
    }

    /// Resolves the tenant named in a request for a caller.
    pub fn route(&self, tenant: Option<&str>, uid: u32, gid: u32) -> Route {
        let idx = match tenant {
            None if self.allow_anonymous => 0,
            None => return Route::Anonymous,
            Some(_) if self.builtin => 0,
            Some(name) => match self.index.get(name) {
                Some(&i) => i,
                None => return Route::Unknown,
            },
        };
        if self.access[idx].admits(uid, gid) {
            Route::Tenant(idx)
        } else {
            Route::CallerNotAllowed(idx)
        }
    }

    /// Loads every tenant file of `dir` under `generation`.
    pub fn load_dir(dir: &Path, generation: u64) -> Result<Policy, String> {
        let entries = std::fs::read_dir(dir)
            .map_err(|e| format!("cannot read tenants dir {}: {e}", dir.display()))?;
        let mut files = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| format!("tenants dir {}: {e}", dir.display()))?;
            let path = entry.path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
                return Err(format!("{}: file name is not UTF-8", path.display()));
            };
            if name.starts_with('.') {
                continue; // editor swap files, dotfiles
            }
            let Some(id) = name.strip_suffix(".toml") else {
                return Err(format!(
                    "{}: only <tenant_id>.toml files belong in the tenants dir",
                    path.display()
                ));
            };
            if !valid_tenant_id(id) {
                return Err(format!(
                    "{}: tenant id {id:?} must match [a-z0-9_-]{{1,64}}",
                    path.display()
                ));
            }
            files.push((id.to_string(), path));
        }
        files.sort();
        // default first, so it is index 0 (anonymous requests route there).
        let Some(pos) = files.iter().position(|(id, _)| id == "default") else {
            return Err(format!("{}: default.toml is missing", dir.display()));
        };
        let d = files.remove(pos);
        files.insert(0, d);

        let mut tenants = Vec::new();
        let mut access = Vec::new();
        let mut index = HashMap::new();
        let mut allow_anonymous = false;
        for (i, (id, path)) in files.iter().enumerate() {
            let text =
                std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let file: TenantFile =
                toml::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            if let Some(a) = file.allow_anonymous_tenants {
                if id != "default" {
                    return Err(format!(
                        "{}: allow_anonymous_tenants belongs in default.toml only",
                        path.display()
                    ));
                }
                allow_anonymous = a;
            }
            let (t, a) = compile(id, file).map_err(|e| format!("{}: {e}", path.display()))?;
            tenants.push(t);
            access.push(a);
            index.insert(id.clone(), i);
        }
        Ok(Policy {
            snapshot: Arc::new(PolicySnapshot {
                generation,
                tenants,
            }),
            access,
            index,
            allow_anonymous,
            builtin: false,
        })
    }
}

pub fn valid_tenant_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_' || b == b'-')
}

fn compile(id: &str, f: TenantFile) -> Result<(TenantPolicy, TenantAccess), String> {
    let permitted_intents =
        match f.permitted_intents {
            None => Intent::ALL.to_vec(),
            Some(names) => {
                let mut v = Vec::new();
                for n in names {
                    v.push(n.parse::<Intent>().map_err(|e| {
                        format!("permitted_intents: {e} (known: {})", intent_names())
                    })?);
                }
                v
            }
        };
    let pass_on_agreement = match f.on_diagnostic_agreement.as_deref() {
        None | Some("pass") => true,
        Some("block") => false,
        Some(other) => {
            return Err(format!(
                "on_diagnostic_agreement must be \"pass\" or \"block\", not {other:?}"
            ))
        }
    };
    for p in f.blocked_phrases.iter().chain(&f.protected_strings) {
        if p.trim().is_empty() {
            return Err("blocked_phrases/protected_strings must not contain empty strings".into());
        }
        if p.len() > 4096 {
            return Err(
                "blocked_phrases/protected_strings entries are limited to 4096 bytes".into(),
            );
        }
    }
    let mut egress = EgressPolicy::default();
    if let Some(e) = f.egress {
        if let Some(kinds) = e.block_pii {
            egress.block_pii = kinds
                .iter()
                .map(|k| {
                    k.parse::<PiiKind>()
                        .map_err(|e| format!("egress.block_pii: {e}"))
                })
                .collect::<Result<_, _>>()?;
        }
        if let Some(b) = e.block_secrets {
            egress.block_secrets = b;
        }
        if let Some(b) = e.block_prompt_leaks {
            egress.block_prompt_leaks = b;
        }
    }
    Ok((
        TenantPolicy {
            id: id.to_string(),
            permitted_intents,
            blocked_phrases: f.blocked_phrases,
            protected_strings: f.protected_strings,
            egress,
        },
        TenantAccess {
            pass_on_agreement,
            allowed_uids: f.allowed_uids,
            allowed_gids: f.allowed_gids,
            store_text: f.audit_store_text,
        },
    ))
}

fn intent_names() -> String {
    Intent::ALL
        .iter()
        .map(|i| i.name())
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(files: &[(&str, &str)]) -> tempfile::TempDir {
        let d = tempfile::tempdir().unwrap();
        for (n, c) in files {
            std::fs::write(d.path().join(n), c).unwrap();
        }
        d
    }

    #[test]
    fn loads_and_routes() {
        let d = dir(&[
            ("default.toml", ""),
            (
                "acme.toml",
                "permitted_intents = [\"TaskMath\"]\nallowed_uids = [1000]\n",
            ),
        ]);
        let p = Policy::load_dir(d.path(), 3).unwrap();
        assert_eq!(p.generation(), 3);
        assert_eq!(p.route(None, 0, 0), Route::Anonymous);
        assert_eq!(p.route(Some("nope"), 0, 0), Route::Unknown);
        assert!(matches!(p.route(Some("acme"), 1000, 1), Route::Tenant(_)));
        assert!(matches!(
            p.route(Some("acme"), 0, 0),
            Route::CallerNotAllowed(_)
        ));
        let Route::Tenant(i) = p.route(Some("acme"), 1000, 0) else {
            panic!()
        };
        assert_eq!(
            p.snapshot.tenants[i].permitted_intents,
            vec![Intent::TaskMath]
        );
    }

    #[test]
    fn errors_reject_the_whole_set() {
        for files in [
            vec![("acme.toml", "")],
            vec![("default.toml", ""), ("Bad.toml", "")],
            vec![("default.toml", "permitted_intents = [\"Nope\"]")],
            vec![("default.toml", "unknown_key = 1")],
            vec![("default.toml", "on_diagnostic_agreement = \"maybe\"")],
            vec![
                ("default.toml", ""),
                ("x.toml", "allow_anonymous_tenants = true"),
            ],
            vec![("default.toml", "[egress]\nblock_pii = [\"dna\"]")],
            vec![("default.toml", "this is not toml")],
        ] {
            let d = dir(&files);
            assert!(Policy::load_dir(d.path(), 1).is_err(), "{files:?}");
        }
    }

    #[test]
    fn anonymous_can_be_allowed() {
        let d = dir(&[("default.toml", "allow_anonymous_tenants = true")]);
        let p = Policy::load_dir(d.path(), 1).unwrap();
        assert_eq!(p.route(None, 5, 5), Route::Tenant(0));
    }
}
