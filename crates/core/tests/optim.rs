//! The optimizers against Keras' own numbers: RMSprop (the GANs' `compile`) on
//! w₀ = [1, −2, 3, 0.5] with loss Σ w³, as `tf_keras` 2.21 computed it.

use generativa_core::burn::module::{Module, Param};
use generativa_core::burn::optim::GradientsParams;
use generativa_core::burn::tensor::{Device, Tensor};
use generativa_core::optim::keras_rmsprop;

#[derive(Module, Debug)]
struct Weights {
    w: Param<Tensor<1>>,
}

#[test]
fn rmsprop_matches_keras_step_for_step() {
    let device = Device::flex().autodiff();
    let mut model = Weights {
        w: Param::from_tensor(Tensor::<1>::from_floats([1.0, -2.0, 3.0, 0.5], &device)),
    };
    let mut optim = keras_rmsprop();
    let keras: [(usize, [f64; 4]); 3] = [
        (1, [0.996837735, -2.003162384, 2.996837616, 0.496837735]),
        (3, [0.992638767, -2.007385492, 2.992627859, 0.492654979]),
        (5, [0.989392638, -2.010664225, 2.989367008, 0.489430755]),
    ];
    for step in 1..=5 {
        let loss = model.w.val().powi_scalar(3).sum();
        let grads = GradientsParams::from_grads(loss.backward(), &model);
        model = optim.step(0.001, model, grads);
        if let Some((_, want)) = keras.iter().find(|(s, _)| *s == step) {
            let got: Vec<f32> = model.w.val().into_data().try_to_vec::<f32>().unwrap();
            for (g, w) in got.iter().zip(want) {
                assert!(
                    (f64::from(*g) - w).abs() < 1e-6,
                    "step {step}: {got:?} vs Keras {want:?}"
                );
            }
        }
    }
}
