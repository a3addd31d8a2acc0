//! The gradients of [`DenseProduct`]: for C = A·B, dA = dC·Bᵀ and dB = Aᵀ·dC, both computed by
//! the same product (transposes are views, read in place by the kernel).

use burn::backend::Backend;
use burn::backend::autodiff::checkpoint::base::Checkpointer;
use burn::backend::autodiff::checkpoint::strategy::CheckpointStrategy;
use burn::backend::autodiff::grads::Gradients;
use burn::backend::autodiff::ops::{Backward, Ops, OpsKind, binary};
use burn::backend::autodiff::{Autodiff, NodeId};
use burn::backend::tensor::FloatTensor;

use super::DenseProduct;

/// The backward step of one product; it keeps A when B needs a gradient and B when A does.
#[derive(Debug)]
struct ProductBackward;

impl<B: Backend + DenseProduct> Backward<B, 2> for ProductBackward {
    type State = (Option<NodeId>, Option<NodeId>);

    fn backward(
        self,
        ops: Ops<Self::State, 2>,
        grads: &mut Gradients,
        checkpointer: &mut Checkpointer,
    ) {
        let (lhs, rhs) = ops.state;
        let lhs: Option<FloatTensor<B>> = lhs.map(|id| checkpointer.retrieve_node_output(id));
        let rhs: Option<FloatTensor<B>> = rhs.map(|id| checkpointer.retrieve_node_output(id));
        binary::<B, _, _>(
            ops.parents,
            ops.node,
            grads,
            // dA = dC · Bᵀ: [m, n] · [n, k]
            |grad| B::dense_product(grad, B::float_transpose(rhs.expect("B kept for dA"))),
            // dB = Aᵀ · dC: [k, m] · [m, n]
            |grad| B::dense_product(B::float_transpose(lhs.expect("A kept for dB")), grad),
        );
    }
}

impl<B: Backend + DenseProduct, C: CheckpointStrategy> DenseProduct for Autodiff<B, C> {
    fn dense_product(lhs: FloatTensor<Self>, rhs: FloatTensor<Self>) -> FloatTensor<Self> {
        let lhs_tracked = lhs.is_tracked();
        let rhs_tracked = rhs.is_tracked();
        match ProductBackward
            .prepare::<C>([lhs.node(), rhs.node()])
            .compute_bound()
            .stateful()
        {
            OpsKind::Tracked(mut prep) => {
                let lhs_state = rhs_tracked.then(|| prep.checkpoint(&lhs));
                let rhs_state = lhs_tracked.then(|| prep.checkpoint(&rhs));
                prep.finish(
                    (lhs_state, rhs_state),
                    B::dense_product(lhs.into_primitive(), rhs.into_primitive()),
                )
            }
            OpsKind::UnTracked(prep) => {
                prep.finish(B::dense_product(lhs.into_primitive(), rhs.into_primitive()))
            }
        }
    }
}
