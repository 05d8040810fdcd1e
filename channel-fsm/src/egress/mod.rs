//! Channel E — placeholder until the detection helper lands its module.
//! Fail-closed: blocks everything.

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role};

#[derive(Default)]
pub struct ChannelE;

impl ChannelE {
    pub fn new() -> Self {
        ChannelE
    }
}

impl Channel for ChannelE {
    fn role(&self) -> Role {
        Role::ChannelE
    }
    fn load_policy(&mut self, _policy: &PolicySnapshot) -> Result<(), String> {
        Ok(())
    }
    fn evaluate(&mut self, _tenant: usize, _req: &EvalRequest) -> Outcome {
        Outcome::block("NotImplemented")
    }
}
