//! Channel A — placeholder until the detection helper lands its module.
//! Fail-closed: blocks everything.

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role};

#[derive(Default)]
pub struct ChannelA;

impl ChannelA {
    pub fn new() -> Self {
        ChannelA
    }
}

impl Channel for ChannelA {
    fn role(&self) -> Role {
        Role::ChannelA
    }
    fn load_policy(&mut self, _policy: &PolicySnapshot) -> Result<(), String> {
        Ok(())
    }
    fn evaluate(&mut self, _tenant: usize, _req: &EvalRequest) -> Outcome {
        Outcome::block("NotImplemented")
    }
}
