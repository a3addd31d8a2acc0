//! The dense layers' own matrix product (`dense_product`): the same numbers and the same
//! gradients as burn's `matmul`, on plain and transposed operands.

use generativa_core::burn::tensor::{Device, Distribution, Tensor};
use generativa_core::dense_product::dense_product;

mod common;
use common::{assert_close, values};

/// Product and both gradients of `sum(A·B ⊙ R)` (R random, so every output weighs differently)
/// through `dense_product` and through `matmul`.
fn compare(m: usize, k: usize, n: usize, transpose_a: bool, transpose_b: bool) {
    let device = Device::flex().autodiff();
    let a = Tensor::<2>::random(
        if transpose_a { [k, m] } else { [m, k] },
        Distribution::Uniform(-1.0, 1.0),
        &device,
    );
    let b = Tensor::<2>::random(
        if transpose_b { [n, k] } else { [k, n] },
        Distribution::Uniform(-1.0, 1.0),
        &device,
    );
    let r = Tensor::<2>::random([m, n], Distribution::Uniform(-1.0, 1.0), &device);
    let run = |ours: bool| {
        let (a, b) = (a.clone().require_grad(), b.clone().require_grad());
        let (la, lb) = (
            if transpose_a {
                a.clone().transpose()
            } else {
                a.clone()
            },
            if transpose_b {
                b.clone().transpose()
            } else {
                b.clone()
            },
        );
        let product = if ours {
            dense_product(la, lb)
        } else {
            la.matmul(lb)
        }; // [m, n]
        let grads = (product.clone() * r.clone()).sum().backward();
        (
            values(product),
            values(a.grad(&grads).unwrap()),
            values(b.grad(&grads).unwrap()),
        )
    };
    let (ours, theirs) = (run(true), run(false));
    let case = format!("[{m},{k}]x[{k},{n}] Aᵀ={transpose_a} Bᵀ={transpose_b}");
    assert_close(&format!("{case} product"), ours.0, theirs.0);
    assert_close(&format!("{case} dA"), ours.1, theirs.1);
    assert_close(&format!("{case} dB"), ours.2, theirs.2);
}

#[test]
fn same_product_and_gradients_as_matmul() {
    for (m, k, n) in [(7, 5, 3), (128, 784, 150), (9, 10, 1)] {
        for (ta, tb) in [(false, false), (true, false), (false, true), (true, true)] {
            compare(m, k, n, ta, tb);
        }
    }
}

#[test]
fn without_autodiff_it_is_the_plain_product() {
    let device = Device::flex();
    let a = Tensor::<2>::from_floats([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], &device);
    let b = Tensor::<2>::from_floats([[1.0, 0.5], [-1.0, 2.0], [0.25, -0.5]], &device);
    assert_eq!(values(dense_product(a, b)), vec![-0.25, 3.0, 0.5, 9.0]);
}

#[test]
#[should_panic(expected = "do not chain")]
fn mismatched_inner_sizes_are_refused() {
    let device = Device::flex();
    let _ = dense_product(
        Tensor::<2>::zeros([2, 3], &device),
        Tensor::<2>::zeros([4, 2], &device),
    );
}
