//! The client line steps of `supervisor/src/server.rs::handle_line` and
//! `supervisor/src/protocol.rs` (UTF-8 check, JSON into the request shape, id
//! check, op dispatch, id salvage, error line), copied because they live in
//! the binary. Keep in step with those files until they move into a library.

use serde::Deserialize;
use serde_json::Value;

#[derive(Debug, Deserialize)]
pub struct ClientRequest {
    #[serde(default)]
    pub id: Value,
    pub op: String,
    pub prompt: Option<String>,
    pub response: Option<String>,
    pub system_prompt: Option<String>,
    pub tenant: Option<String>,
    pub token: Option<String>,
}

/// What the session does with one line.
#[derive(Debug)]
pub enum Step {
    Blank,
    Error { id: Value, message: String },
    Evaluate(ClientRequest),
    Egress(ClientRequest),
    Control(ClientRequest),
}

pub fn parse(bytes: &[u8]) -> Step {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Step::Blank;
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        return error(Value::Null, "line is not valid UTF-8");
    };
    let req: ClientRequest = match serde_json::from_str(text) {
        Ok(r) => r,
        Err(e) => return error(salvage_id(bytes), &format!("malformed request: {e}")),
    };
    if !(req.id.is_null() || req.id.is_number() || req.id.is_string()) {
        return error(Value::Null, "id must be a number or a string");
    }
    match req.op.as_str() {
        "evaluate" if req.prompt.is_some() => Step::Evaluate(req),
        "egress" if req.response.is_some() => Step::Egress(req),
        "health" | "status" | "reload" => Step::Control(req),
        _ => error(req.id, "unknown op or missing field"),
    }
}

fn error(id: Value, message: &str) -> Step {
    Step::Error {
        id,
        message: message.to_string(),
    }
}

pub fn salvage_id(bytes: &[u8]) -> Value {
    serde_json::from_slice::<Value>(bytes)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .filter(|id| id.is_number() || id.is_string())
        .unwrap_or(Value::Null)
}

/// The error line as the gate writes it; must always be one line of JSON.
pub fn error_line(id: &Value, message: &str) -> Vec<u8> {
    let mut out = serde_json::to_vec(&serde_json::json!({
        "id": id, "ok": false, "error": {"code": "bad_request", "message": message}
    }))
    .expect("an error line encodes");
    out.push(b'\n');
    out
}
