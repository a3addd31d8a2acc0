//! The start-up check: one small matrix product and one backward pass on the chosen backend,
//! with known answers, so the page (and its tests) can prove that the backend really computes.
//! The product is the dense layers' own ([`dense_product`]), so on WebGPU this also proves (and
//! compiles, before training starts) the kernel the models train with. A second part runs the
//! DCGAN's "same" convolution and transposed convolution ([`crate::same_conv`], the project's
//! own kernels on WebGPU) forward and backward on a few random values and compares them with
//! the CPU backend's.

use burn::tensor::{Device, ExecutionError, Tensor, Transaction};

use crate::dense_product::dense_product;
use crate::same_conv::{same_convolution, same_transposed};

/// The input `x`, 2×3.
pub const X: [[f32; 3]; 2] = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]];
/// The weights `w`, 3×2.
pub const W: [[f32; 2]; 3] = [[1.0, 0.5], [-1.0, 2.0], [0.25, -0.5]];
/// `x · w`, worked by hand.
pub const EXPECTED_PRODUCT: [f32; 4] = [-0.25, 3.0, 0.5, 9.0];
/// `∂ sum(x · w) / ∂w`: each column of the gradient is the column sums of `x`.
pub const EXPECTED_GRADIENT: [f32; 6] = [5.0, 5.0, 7.0, 7.0, 9.0, 9.0];
/// `∂ sum(x · w) / ∂x`: each row of the gradient is the row sums of `w`.
pub const EXPECTED_INPUT_GRADIENT: [f32; 6] = [1.5, 1.0, -0.25, 1.5, 1.0, -0.25];

/// What the check computed, as plain numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct DiagnosticResult {
    /// `x · w`, row-major.
    pub product: Vec<f32>,
    /// `∂ sum(x · w) / ∂w`, row-major.
    pub gradient: Vec<f32>,
    /// `∂ sum(x · w) / ∂x`, row-major.
    pub input_gradient: Vec<f32>,
    /// The largest gap between this backend's "same" convolutions (outputs and gradients) and
    /// the CPU backend's, relative to the largest value.
    pub convolution_gap: f32,
}

/// The largest relative gap [`DiagnosticResult::convolution_gap`] may show.
pub const CONVOLUTION_TOLERANCE: f32 = 1e-4;

impl DiagnosticResult {
    /// Whether the three results equal the hand-worked values (to 1e-5).
    pub fn is_correct(&self) -> bool {
        let close = |a: &[f32], b: &[f32]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-5)
        };
        close(&self.product, &EXPECTED_PRODUCT)
            && close(&self.gradient, &EXPECTED_GRADIENT)
            && close(&self.input_gradient, &EXPECTED_INPUT_GRADIENT)
            && self.convolution_gap <= CONVOLUTION_TOLERANCE
    }
}

/// Builds the computation on `device` (autodiff is enabled on it) and returns a transaction
/// that reads the product and both gradients in one go (the two gradients are the product's two
/// backward forms, dW = xᵀ·dC and dx = dC·wᵀ), then the convolutions' six results.
fn computation(device: &Device) -> Transaction {
    let device = device.clone().autodiff();
    let x = Tensor::<2>::from_floats(X, &device).require_grad();
    let w = Tensor::<2>::from_floats(W, &device).require_grad();
    let product = dense_product(x.clone(), w.clone()); // [2, 2]
    let gradients = product.clone().sum().backward();
    let gradient = w.grad(&gradients).expect("w requires a gradient"); // [3, 2]
    let input_gradient = x.grad(&gradients).expect("x requires a gradient"); // [2, 3]
    let mut transaction = Transaction::default()
        .register(product.without_autodiff())
        .register(gradient.without_autodiff())
        .register(input_gradient.without_autodiff());
    for result in convolutions(&device) {
        transaction = transaction.register(result);
    }
    transaction
}

/// Fixed pseudo-random values in [−1, 1) (the same on every backend).
fn fixed_values(count: usize, seed: u64) -> Vec<f32> {
    let mut rng = crate::rng::Rng::new(seed);
    (0..count).map(|_| rng.symmetric(1.0)).collect()
}

/// The "same" convolution (8 × 8 → 4 × 4, stride 2) and transposed convolution (4 × 4 → 8 × 8),
/// 5 × 5 kernels, on `device` (an autodiff device): each one's output and its gradients for
/// the input and the kernel of `sum(y ⊙ r)`, six tensors.
fn convolutions(device: &Device) -> Vec<Tensor<4>> {
    let tensor = |shape: [usize; 4], seed: u64| {
        let values = fixed_values(shape.iter().product(), seed);
        Tensor::<4>::from_data(burn::tensor::TensorData::new(values, shape), device)
    };
    let mut out = Vec::with_capacity(6);
    // (input shape, kernel shape, output shape, transposed)
    let cases = [
        ([2, 3, 8, 8], [4, 3, 5, 5], [2, 4, 4, 4], false),
        ([2, 3, 4, 4], [3, 4, 5, 5], [2, 4, 8, 8], true),
    ];
    for (seed, (x_shape, w_shape, y_shape, transposed)) in (1..).zip(cases) {
        let x = tensor(x_shape, 10 * seed).require_grad();
        let w = tensor(w_shape, 10 * seed + 1).require_grad();
        let r = tensor(y_shape, 10 * seed + 2);
        let y = if transposed {
            same_transposed(x.clone(), w.clone(), 2, [8, 8])
        } else {
            same_convolution(x.clone(), w.clone(), 2)
        };
        let gradients = (y.clone() * r).sum().backward();
        out.push(y.without_autodiff());
        out.push(x.grad(&gradients).expect("x requires a gradient"));
        out.push(w.grad(&gradients).expect("w requires a gradient"));
    }
    out
}

/// The largest gap between `ours` and the CPU backend's [`convolutions`], relative to the
/// largest value of each.
fn convolution_gap(ours: &[Vec<f32>]) -> f32 {
    let reference: Vec<Vec<f32>> = convolutions(&Device::flex().autodiff())
        .into_iter()
        .map(|t| {
            t.into_data()
                .convert::<f32>()
                .try_into_vec::<f32>()
                .unwrap_or_default()
        })
        .collect();
    if ours.len() != reference.len() {
        return f32::INFINITY;
    }
    ours.iter()
        .zip(&reference)
        .map(|(a, b)| {
            if a.len() != b.len() || b.is_empty() {
                return f32::INFINITY;
            }
            let scale = b.iter().fold(0.0f32, |m, v| m.max(v.abs())).max(1e-12);
            let gap = a
                .iter()
                .zip(b)
                .fold(0.0f32, |m, (x, y)| m.max((x - y).abs()));
            if gap.is_finite() {
                gap / scale
            } else {
                f32::INFINITY
            }
        })
        .fold(0.0f32, f32::max)
}

fn collect(data: Vec<burn::tensor::TensorData>) -> DiagnosticResult {
    let mut values = data
        .into_iter()
        .map(|d| d.convert::<f32>().try_into_vec::<f32>().unwrap_or_default());
    let product = values.next().unwrap_or_default();
    let gradient = values.next().unwrap_or_default();
    let input_gradient = values.next().unwrap_or_default();
    let convolutions: Vec<Vec<f32>> = values.collect();
    DiagnosticResult {
        product,
        gradient,
        input_gradient,
        convolution_gap: convolution_gap(&convolutions),
    }
}

/// Runs the check, reading the results back asynchronously (required on WebGPU).
pub async fn run_async(device: &Device) -> Result<DiagnosticResult, ExecutionError> {
    Ok(collect(computation(device).execute_async().await?))
}

/// Runs the check with a blocking read (native code only; a browser must use [`run_async`]).
pub fn run_blocking(device: &Device) -> Result<DiagnosticResult, ExecutionError> {
    Ok(collect(computation(device).try_execute()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cpu_backend_computes_the_known_values() {
        let result = run_blocking(&Device::flex()).unwrap();
        assert_eq!(result.product, EXPECTED_PRODUCT);
        assert_eq!(result.gradient, EXPECTED_GRADIENT);
        assert_eq!(result.input_gradient, EXPECTED_INPUT_GRADIENT);
        assert_eq!(result.convolution_gap, 0.0);
        assert!(result.is_correct());
    }

    #[test]
    fn a_wrong_value_is_detected() {
        let mut result = run_blocking(&Device::flex()).unwrap();
        result.gradient[0] += 0.1;
        assert!(!result.is_correct());
        let mut result = run_blocking(&Device::flex()).unwrap();
        result.input_gradient[5] -= 0.1;
        assert!(!result.is_correct());
        let mut result = run_blocking(&Device::flex()).unwrap();
        result.convolution_gap = 1e-3;
        assert!(!result.is_correct());
    }
}
