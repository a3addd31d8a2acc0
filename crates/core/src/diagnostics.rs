//! The start-up check: one small matrix product and one backward pass on the chosen backend,
//! with known answers, so the page (and its tests) can prove that the backend really computes.
//! The product is the dense layers' own ([`dense_product`]), so on WebGPU this also proves (and
//! compiles, before training starts) the kernel the models train with.

use burn::tensor::{Device, ExecutionError, Tensor, Transaction};

use crate::dense_product::dense_product;

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
}

impl DiagnosticResult {
    /// Whether the three results equal the hand-worked values (to 1e-5).
    pub fn is_correct(&self) -> bool {
        let close = |a: &[f32], b: &[f32]| {
            a.len() == b.len() && a.iter().zip(b).all(|(x, y)| (x - y).abs() < 1e-5)
        };
        close(&self.product, &EXPECTED_PRODUCT)
            && close(&self.gradient, &EXPECTED_GRADIENT)
            && close(&self.input_gradient, &EXPECTED_INPUT_GRADIENT)
    }
}

/// Builds the computation on `device` (autodiff is enabled on it) and returns a transaction
/// that reads the product and both gradients in one go (the two gradients are the product's two
/// backward forms, dW = xᵀ·dC and dx = dC·wᵀ).
fn computation(device: &Device) -> Transaction {
    let device = device.clone().autodiff();
    let x = Tensor::<2>::from_floats(X, &device).require_grad();
    let w = Tensor::<2>::from_floats(W, &device).require_grad();
    let product = dense_product(x.clone(), w.clone()); // [2, 2]
    let gradients = product.clone().sum().backward();
    let gradient = w.grad(&gradients).expect("w requires a gradient"); // [3, 2]
    let input_gradient = x.grad(&gradients).expect("x requires a gradient"); // [2, 3]
    Transaction::default()
        .register(product.without_autodiff())
        .register(gradient.without_autodiff())
        .register(input_gradient.without_autodiff())
}

fn collect(data: Vec<burn::tensor::TensorData>) -> DiagnosticResult {
    let mut values = data
        .into_iter()
        .map(|d| d.convert::<f32>().try_into_vec::<f32>().unwrap_or_default());
    DiagnosticResult {
        product: values.next().unwrap_or_default(),
        gradient: values.next().unwrap_or_default(),
        input_gradient: values.next().unwrap_or_default(),
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
    }
}
