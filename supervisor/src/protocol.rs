//! The client protocol (DESIGN.md "Client protocol"): one JSON object per line.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::request::Reply;

/// A request line as sent by a client. Unknown fields are ignored so clients of
/// later versions (which may add fields) keep working.
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorCode {
    BadRequest,
    TooLarge,
    Unauthorized,
    Unavailable,
}

impl ErrorCode {
    pub fn name(self) -> &'static str {
        match self {
            ErrorCode::BadRequest => "bad_request",
            ErrorCode::TooLarge => "too_large",
            ErrorCode::Unauthorized => "unauthorized",
            ErrorCode::Unavailable => "unavailable",
        }
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    code: &'static str,
    message: &'a str,
}

#[derive(Serialize)]
struct ErrorResponse<'a> {
    id: &'a Value,
    ok: bool,
    error: ErrorBody<'a>,
}

/// `{"id":…,"ok":false,"error":{"code":…,"message":…}}` plus newline.
pub fn error_line(id: &Value, code: ErrorCode, message: &str) -> Vec<u8> {
    line(&ErrorResponse {
        id,
        ok: false,
        error: ErrorBody {
            code: code.name(),
            message,
        },
    })
}

#[derive(Serialize)]
struct ChannelJson<'a> {
    decision: &'static str,
    intent: Option<&'static str>,
    reason: Option<&'a str>,
    us: u32,
}

#[derive(Serialize)]
struct VerdictResponse<'a> {
    id: &'a Value,
    ok: bool,
    is_pass: bool,
    kind: &'static str,
    intent: Option<&'static str>,
    reason: Option<&'a str>,
    tenant: Option<&'a str>,
    audit_seq: Option<u64>,
    elapsed_us: u64,
    policy_generation: u64,
    channels: BTreeMap<&'static str, ChannelJson<'a>>,
}

/// The verdict line. A verdict that could not be made durable is a Block
/// (`AuditUnavailable`) whatever the channels said: nothing passes unaudited.
pub fn verdict_line(id: &Value, tenant: Option<&str>, reply: &Reply, elapsed_us: u64) -> Vec<u8> {
    let channels = reply
        .channels
        .iter()
        .filter_map(|c| {
            Some((
                c.role.letter()?,
                ChannelJson {
                    decision: c.decision.name(),
                    intent: c.intent.map(|i| i.name()),
                    reason: c.reason.as_deref(),
                    us: c.us,
                },
            ))
        })
        .collect();
    let (is_pass, kind, reason, audit_seq) = match reply.audit {
        Ok(seq) => (
            reply.vote.is_pass,
            reply.vote.kind.name(),
            reply.vote.reason.as_deref(),
            Some(seq),
        ),
        Err(why) => (false, "Block", Some(why), None),
    };
    line(&VerdictResponse {
        id,
        ok: true,
        is_pass,
        kind,
        intent: reply.vote.intent.map(|i| i.name()),
        reason,
        tenant,
        audit_seq,
        elapsed_us,
        policy_generation: reply.generation,
        channels,
    })
}

pub fn line<T: Serialize>(v: &T) -> Vec<u8> {
    let mut out = serde_json::to_vec(v).unwrap_or_else(|_| {
        br#"{"id":null,"ok":false,"error":{"code":"unavailable","message":"response encoding failed"}}"#.to_vec()
    });
    out.push(b'\n');
    out
}

/// An id a client can match answers by: absent, a string, or an integer that
/// round-trips exactly.
pub fn valid_id(id: &Value) -> bool {
    id.is_null() || id.is_string() || id.is_u64() || id.is_i64()
}

/// Best effort at the id of a line that did not parse as a request.
pub fn salvage_id(bytes: &[u8]) -> Value {
    serde_json::from_slice::<Value>(bytes)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .filter(|id| !id.is_null() && valid_id(id))
        .unwrap_or(Value::Null)
}
