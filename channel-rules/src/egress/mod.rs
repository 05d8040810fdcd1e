//! Channel F — placeholder until the detection helper lands its module.
//! Fail-closed: blocks everything.

use ipc::channel::{Channel, Outcome};
use ipc::{EvalRequest, PolicySnapshot, Role};

#[derive(Default)]
pub struct ChannelF;

impl ChannelF {
    pub fn new() -> Self {
        ChannelF
    }
}

impl Channel for ChannelF {
    fn role(&self) -> Role {
        Role::ChannelF
    }
    fn load_policy(&mut self, _policy: &PolicySnapshot) -> Result<(), String> {
        Ok(())
    }
    fn evaluate(&mut self, _tenant: usize, _req: &EvalRequest) -> Outcome {
        Outcome::block("NotImplemented")
    }
}
