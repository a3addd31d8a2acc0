//! Both DCGAN networks listed layer by layer, as Keras' `model.summary()` prints them: each
//! layer's kind, what the switches made of it, one image's output shape and its parameters.
//! The shapes are read off the live networks (one example passed through them), so every
//! switch shows up as it really changes the model.

use serde::{Deserialize, Serialize};

/// One layer of a network's summary.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LayerRow {
    /// Keras' name of the layer's kind (`Conv2DTranspose`).
    pub kind: String,
    /// Its settings in a few words (`5×5, stride 2, ReLU`).
    pub detail: String,
    /// One example's output shape in Keras' order: rows, columns, channels (or units).
    pub output: Vec<usize>,
    /// Its parameters (batch normalisation's running mean and variance included, as Keras
    /// counts them).
    pub params: usize,
}

/// Both networks' layers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NetworkSummary {
    /// The generator's, from the codings to the image.
    pub generator: Vec<LayerRow>,
    /// The discriminator's, from the image to the verdict.
    pub discriminator: Vec<LayerRow>,
}

#[cfg(feature = "engine")]
impl LayerRow {
    fn new(kind: &str, detail: impl Into<String>, output: Vec<usize>, params: usize) -> Self {
        Self {
            kind: kind.into(),
            detail: detail.into(),
            output,
            params,
        }
    }
}

#[cfg(feature = "engine")]
mod live {
    use burn::module::Module;
    use burn::nn::BatchNorm;
    use burn::tensor::{Device, Tensor};

    use super::{LayerRow, NetworkSummary};
    use crate::dcgan::generator::Upsampler;
    use crate::dcgan::layers::{normalise, upsample_nearest};
    use crate::dcgan::{Discriminator, Downsampling, Generator};
    use crate::dense::dense_forward;
    use crate::gan::{Activation, Statistics};
    use crate::pooling::max_pool_2;

    /// Keras' shape of one example of `x`: `[1, c, h, w]` → `[h, w, c]`, `[1, n]` → `[n]`.
    fn keras_shape<const D: usize>(x: &Tensor<D>) -> Vec<usize> {
        match x.dims().as_slice() {
            [_, c, h, w] => vec![*h, *w, *c],
            [_, rest @ ..] => rest.to_vec(),
            [] => Vec::new(),
        }
    }

    fn name(a: Activation) -> &'static str {
        match a {
            Activation::Relu => "ReLU",
            Activation::LeakyRelu => "LeakyReLU 0.2",
        }
    }

    fn norm_row(norm: &BatchNorm, x: &Tensor<4>) -> LayerRow {
        LayerRow::new("BatchNormalization", "", keras_shape(x), norm.num_params())
    }

    /// The generator's rows, on one coding of zeros.
    pub fn generator(g: &Generator, device: &Device) -> Vec<LayerRow> {
        let mut rows = Vec::new();
        let codings = g.project.weight.dims()[0];
        let mut x = Tensor::<2>::zeros(
            [1, g.hidden.as_ref().map_or(codings, |h| h.weight.dims()[0])],
            device,
        );
        if let Some(hidden) = &g.hidden {
            x = g.activation.apply(dense_forward(hidden, x));
            rows.push(LayerRow::new(
                "Dense",
                name(g.activation),
                keras_shape(&x),
                hidden.num_params(),
            ));
        }
        let projected = dense_forward(&g.project, x); // [1, 6272]
        rows.push(LayerRow::new(
            "Dense",
            "",
            keras_shape(&projected),
            g.project.num_params(),
        ));
        let mut x = projected.reshape([1, g.base_channels, 7, 7]); // [1, 128, 7, 7]
        rows.push(LayerRow::new("Reshape", "", keras_shape(&x), 0));
        if let Some(norm) = &g.norm_small {
            x = normalise(norm, x, Statistics::Running);
            rows.push(norm_row(norm, &x));
        }
        x = up_rows(&g.up_middle, x, name(g.activation), &mut rows); // [1, 64, 14, 14]
        if let Some(norm) = &g.norm_middle {
            x = normalise(norm, x, Statistics::Running);
            rows.push(norm_row(norm, &x));
        }
        up_rows(&g.up_out, x, "tanh", &mut rows); // [1, 1, 28, 28]
        rows
    }

    /// One doubling's rows: a transposed convolution, or upsampling and a convolution.
    fn up_rows(
        up: &Upsampler,
        x: Tensor<4>,
        activation: &str,
        rows: &mut Vec<LayerRow>,
    ) -> Tensor<4> {
        let y = up.forward(x.clone());
        match up {
            Upsampler::Transposed(layer) => rows.push(LayerRow::new(
                "Conv2DTranspose",
                format!("5×5, stride 2, {activation}"),
                keras_shape(&y),
                layer.num_params(),
            )),
            Upsampler::Nearest(layer) => {
                rows.push(LayerRow::new(
                    "UpSampling2D",
                    "×2",
                    keras_shape(&upsample_nearest(x)),
                    0,
                ));
                rows.push(LayerRow::new(
                    "Conv2D",
                    format!("5×5, stride 1, {activation}"),
                    keras_shape(&y),
                    layer.num_params(),
                ));
            }
        }
        y
    }

    /// The discriminator's rows, on one blank image.
    pub fn discriminator(d: &Discriminator, device: &Device) -> Vec<LayerRow> {
        let mut rows = Vec::new();
        let act = name(d.activation);
        let mut x = Tensor::<4>::zeros([1, 1, 28, 28], device);
        for (k, layer) in [&d.first, &d.second].into_iter().enumerate() {
            x = layer.forward(x);
            let stride = match d.downsampling {
                Downsampling::Strided => "stride 2",
                Downsampling::Pooling => "stride 1",
            };
            let after_norm = k == 1 && d.norm.is_some();
            let detail = if after_norm {
                format!("5×5, {stride}")
            } else {
                format!("5×5, {stride}, {act}")
            };
            rows.push(LayerRow::new(
                "Conv2D",
                detail,
                keras_shape(&x),
                layer.num_params(),
            ));
            if d.downsampling == Downsampling::Pooling {
                x = max_pool_2(x);
                rows.push(LayerRow::new("MaxPooling2D", "2×2", keras_shape(&x), 0));
            }
            if let (true, Some(norm)) = (after_norm, &d.norm) {
                x = normalise(norm, x, Statistics::Running);
                let mut row = norm_row(norm, &x);
                row.detail = act.into();
                rows.push(row);
            }
            if d.dropout > 0.0 {
                rows.push(LayerRow::new(
                    "Dropout",
                    format!("{}", d.dropout),
                    keras_shape(&x),
                    0,
                ));
            }
        }
        let [_, c, h, w] = x.dims();
        let mut x = x.reshape([1, c * h * w]); // [1, 6272]
        rows.push(LayerRow::new("Flatten", "", keras_shape(&x), 0));
        if let Some(hidden) = &d.hidden {
            x = dense_forward(hidden, x);
            rows.push(LayerRow::new(
                "Dense",
                act,
                keras_shape(&x),
                hidden.num_params(),
            ));
        }
        let out = dense_forward(&d.output, x); // [1, 1]
        rows.push(LayerRow::new(
            "Dense",
            "sigmoid",
            keras_shape(&out),
            d.output.num_params(),
        ));
        rows
    }

    /// Both networks' summaries.
    pub fn summary(g: &Generator, d: &Discriminator, device: &Device) -> NetworkSummary {
        NetworkSummary {
            generator: generator(g, device),
            discriminator: discriminator(d, device),
        }
    }
}

#[cfg(feature = "engine")]
pub use live::summary;

impl NetworkSummary {
    /// The generator's parameters, all layers.
    pub fn generator_params(&self) -> usize {
        self.generator.iter().map(|r| r.params).sum()
    }

    /// The discriminator's parameters, all layers.
    pub fn discriminator_params(&self) -> usize {
        self.discriminator.iter().map(|r| r.params).sum()
    }
}
