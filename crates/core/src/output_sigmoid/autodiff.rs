//! The gradient of [`OutputSigmoid`]: dσ/dx = σ (1 − σ), from the output kept by the forward
//! pass (burn's own sigmoid keeps the input and computes the sigmoid again).

use burn::backend::Backend;
use burn::backend::autodiff::Autodiff;
use burn::backend::autodiff::checkpoint::base::Checkpointer;
use burn::backend::autodiff::checkpoint::strategy::CheckpointStrategy;
use burn::backend::autodiff::grads::Gradients;
use burn::backend::autodiff::ops::{Backward, Ops, OpsKind, unary};
use burn::backend::tensor::FloatTensor;

use super::OutputSigmoid;

/// The backward step; its state is the forward pass's output.
#[derive(Debug)]
struct SigmoidBackward;

impl<B: Backend + OutputSigmoid> Backward<B, 1> for SigmoidBackward {
    type State = FloatTensor<B>;

    fn backward(self, ops: Ops<Self::State, 1>, grads: &mut Gradients, _: &mut Checkpointer) {
        let output = ops.state;
        unary::<B, _>(ops.parents, ops.node, grads, |grad| {
            B::sigmoid_backward(output, grad)
        });
    }
}

impl<B: Backend + OutputSigmoid, C: CheckpointStrategy> OutputSigmoid for Autodiff<B, C> {
    fn output_sigmoid(x: FloatTensor<Self>) -> FloatTensor<Self> {
        match SigmoidBackward
            .prepare::<C>([x.node()])
            .compute_bound()
            .stateful()
        {
            OpsKind::Tracked(prep) => {
                let output = B::output_sigmoid(x.into_primitive());
                prep.finish(output.clone(), output)
            }
            OpsKind::UnTracked(prep) => prep.finish(B::output_sigmoid(x.into_primitive())),
        }
    }
}
