//! Channel B — placeholder until the detection helper lands its module.
//! Fail-closed: blocks everything.

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role};

#[derive(Default)]
pub struct ChannelB;

impl ChannelB {
    pub fn new() -> Self {
        ChannelB
    }
}

impl Channel for ChannelB {
    fn role(&self) -> Role {
        Role::ChannelB
    }
    fn load_policy(&mut self, _policy: &PolicySnapshot) -> Result<(), String> {
        Ok(())
    }
    fn evaluate(&mut self, _tenant: usize, _req: &EvalRequest) -> Outcome {
        Outcome::block("NotImplemented")
    }
}
