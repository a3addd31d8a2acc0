//! The gradients of [`SameConvolution`]'s two operations, each written with the other:
//! for y = conv(x, W), dx = conv_transposed(dy, W); for y = conv_transposed(x, W),
//! dx = conv(dy, W). The weight gradients are burn's `conv2d_weight_backward` (for the
//! transposed one, with the roles of input and output gradient swapped).

use burn::backend::Backend;
use burn::backend::TensorMetadata;
use burn::backend::autodiff::checkpoint::base::Checkpointer;
use burn::backend::autodiff::checkpoint::strategy::CheckpointStrategy;
use burn::backend::autodiff::grads::Gradients;
use burn::backend::autodiff::ops::{Backward, Ops, OpsKind, binary};
use burn::backend::autodiff::{Autodiff, NodeId};
use burn::backend::tensor::FloatTensor;

use super::{SameConvolution, kernel_side, same_options};

/// What a backward step keeps: the input and the kernel (checkpointed), the stride, and the
/// larger side of the pair (the convolution's input, the transposed convolution's output).
type Kept = (NodeId, NodeId, usize, [usize; 2]);

/// The backward step of one of the two operations.
#[derive(Debug)]
enum SameBackward {
    /// y = conv(x, W).
    Convolution,
    /// y = conv_transposed(x, W).
    Transposed,
}

impl<B: Backend + SameConvolution> Backward<B, 2> for SameBackward {
    type State = Kept;

    fn backward(
        self,
        ops: Ops<Self::State, 2>,
        grads: &mut Gradients,
        checkpointer: &mut Checkpointer,
    ) {
        let (x, weight, stride, size) = ops.state;
        let x: FloatTensor<B> = checkpointer.retrieve_node_output(x);
        let weight: FloatTensor<B> = checkpointer.retrieve_node_output(weight);
        let options = same_options(size, kernel_side::<B>(&weight), stride);
        let weight_for_x = weight.clone();
        let transposed = matches!(self, Self::Transposed);
        binary::<B, _, _>(
            ops.parents,
            ops.node,
            grads,
            // dx: the other operation of dy, back to the input's side.
            |grad| match transposed {
                false => B::same_transposed(grad, weight_for_x, stride, size),
                true => B::same_convolution(grad, weight_for_x, stride),
            },
            // dW: burn's weight gradient of the convolution; for the transposed one, of the
            // convolution whose input is dy and whose output gradient is x.
            |grad| match transposed {
                false => B::conv2d_weight_backward(x, weight, grad, options),
                true => B::conv2d_weight_backward(grad, weight, x, options),
            },
        );
    }
}

impl<B: Backend + SameConvolution, C: CheckpointStrategy> SameConvolution for Autodiff<B, C> {
    fn same_convolution(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
    ) -> FloatTensor<Self> {
        let [_, _, height, width] = x.shape().dims::<4>();
        match SameBackward::Convolution
            .prepare::<C>([x.node(), weight.node()])
            .compute_bound()
            .stateful()
        {
            OpsKind::Tracked(mut prep) => {
                let kept = (
                    prep.checkpoint(&x),
                    prep.checkpoint(&weight),
                    stride,
                    [height, width],
                );
                prep.finish(
                    kept,
                    B::same_convolution(x.into_primitive(), weight.into_primitive(), stride),
                )
            }
            OpsKind::UnTracked(prep) => prep.finish(B::same_convolution(
                x.into_primitive(),
                weight.into_primitive(),
                stride,
            )),
        }
    }

    fn same_transposed(
        x: FloatTensor<Self>,
        weight: FloatTensor<Self>,
        stride: usize,
        size: [usize; 2],
    ) -> FloatTensor<Self> {
        match SameBackward::Transposed
            .prepare::<C>([x.node(), weight.node()])
            .compute_bound()
            .stateful()
        {
            OpsKind::Tracked(mut prep) => {
                let kept = (prep.checkpoint(&x), prep.checkpoint(&weight), stride, size);
                prep.finish(
                    kept,
                    B::same_transposed(x.into_primitive(), weight.into_primitive(), stride, size),
                )
            }
            OpsKind::UnTracked(prep) => prep.finish(B::same_transposed(
                x.into_primitive(),
                weight.into_primitive(),
                stride,
                size,
            )),
        }
    }
}
