//! The init token (SR-006 / SA-073): needed to start in production and to
//! authorise control requests. Compared in constant time; never logged.

use std::fmt;
use std::path::Path;

#[derive(Clone)]
pub struct Token(Vec<u8>);

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl Token {
    pub fn new(bytes: Vec<u8>) -> Option<Token> {
        let trimmed: Vec<u8> = bytes.trim_ascii().to_vec();
        (trimmed.len() >= 16).then_some(Token(trimmed))
    }

    /// Constant-time comparison (length is not secret).
    pub fn matches(&self, candidate: &str) -> bool {
        let c = candidate.as_bytes();
        if c.len() != self.0.len() {
            return false;
        }
        let mut diff = 0u8;
        for (a, b) in self.0.iter().zip(c) {
            diff |= a ^ b;
        }
        std::hint::black_box(diff) == 0
    }

    /// Production: `POLICY_GATE_INIT_TOKEN`, else `$CREDENTIALS_DIRECTORY/init-token`.
    pub fn from_environment() -> Result<Token, String> {
        if let Ok(v) = std::env::var("POLICY_GATE_INIT_TOKEN") {
            return Token::new(v.into_bytes()).ok_or_else(|| {
                "POLICY_GATE_INIT_TOKEN is set but shorter than 16 characters".to_string()
            });
        }
        if let Ok(dir) = std::env::var("CREDENTIALS_DIRECTORY") {
            let path = Path::new(&dir).join("init-token");
            if let Ok(bytes) = std::fs::read(&path) {
                return Token::new(bytes)
                    .ok_or_else(|| format!("{} is shorter than 16 characters", path.display()));
            }
        }
        Err(
            "no init token: set POLICY_GATE_INIT_TOKEN (or provide the systemd credential \
             `init-token`), or start with --dev for a development instance"
                .to_string(),
        )
    }

    /// Dev: reuse `<state>/init-token`, creating a random one (mode 0600) when absent.
    pub fn dev(path: &Path) -> Result<Token, String> {
        if let Ok(bytes) = std::fs::read(path) {
            return Token::new(bytes)
                .ok_or_else(|| format!("{} is shorter than 16 characters", path.display()));
        }
        let mut raw = [0u8; 24];
        use std::io::Read;
        std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut raw))
            .map_err(|e| format!("reading /dev/urandom: {e}"))?;
        let hex: String = raw.iter().map(|b| format!("{b:02x}")).collect();
        write_private(path, hex.as_bytes())?;
        Token::new(hex.into_bytes()).ok_or_else(|| "generated token too short".into())
    }
}

/// Writes a file readable by the owner only.
pub fn write_private(path: &Path, bytes: &[u8]) -> Result<(), String> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
        .map_err(|e| format!("creating {}: {e}", path.display()))?;
    f.write_all(bytes)
        .and_then(|_| f.sync_all())
        .map_err(|e| format!("writing {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compares_exactly() {
        let t = Token::new(b"0123456789abcdef\n".to_vec()).unwrap();
        assert!(t.matches("0123456789abcdef"));
        assert!(!t.matches("0123456789abcdeF"));
        assert!(!t.matches("0123456789abcde"));
        assert!(!t.matches(""));
        assert!(Token::new(b"short".to_vec()).is_none());
        assert_eq!(format!("{t:?}"), "Token(<redacted>)");
    }

    #[test]
    fn dev_token_is_created_once_and_private() {
        use std::os::unix::fs::PermissionsExt;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("init-token");
        let a = Token::dev(&p).unwrap();
        let b = Token::dev(&p).unwrap();
        assert_eq!(a.0, b.0);
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
    }
}
