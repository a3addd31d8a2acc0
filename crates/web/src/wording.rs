//! The engine's failures worded for the page: the engine sends data (a kind and its numbers),
//! and only here do they become sentences, in the page's language (`crate::i18n`).

use generativa_core::data::{DataError, IdxKind};
use generativa_core::run::{CheckpointError, Limit, RunError, Setting, SettingError};
use generativa_protocol::judge::{JudgeError, JudgeProblem};
use generativa_protocol::{BackendKind, DataProblem, Failure, RunBackend, RunBackendReason};

use crate::i18n::{english, pick};

/// A setting's name as the forms label it.
pub fn setting_name(setting: Setting) -> &'static str {
    match setting {
        Setting::Epochs => pick("el número de épocas", "the number of epochs"),
        Setting::BatchSize => pick("el tamaño del lote", "the batch size"),
        Setting::LearningRate => pick("la tasa de aprendizaje", "the learning rate"),
        Setting::Seed => pick("la semilla", "the seed"),
        Setting::CodingsSize => pick("el tamaño de las codificaciones", "the codings size"),
        Setting::HiddenUnits => pick("cada capa oculta", "each hidden layer"),
        Setting::HiddenLayers => pick("el número de capas ocultas", "the number of hidden layers"),
        Setting::Noise => pick("el ruido de las imágenes reales", "the real images' noise"),
        Setting::Rounds => pick("el número de rondas", "the number of rounds"),
        Setting::Dropout => pick("la tasa de dropout", "the dropout rate"),
        Setting::Channels => pick(
            "los canales de cada convolución",
            "each convolution's channels",
        ),
        Setting::TrainImages => pick(
            "las imágenes de entrenamiento por época",
            "the training images per epoch",
        ),
        Setting::Levels => pick("el número de niveles", "the number of levels"),
        Setting::PhaseImages => pick(
            "las imágenes de cada fase del crecimiento",
            "the images of each growth phase",
        ),
    }
}

/// A number as the forms write it (decimal point in both languages, no trailing zeros).
pub fn number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.6}");
        let s = s.trim_end_matches('0').trim_end_matches('.');
        if s == "0" || s == "-0" {
            format!("{v:e}")
        } else {
            s.to_owned()
        }
    }
}

/// "… debe ser un número entero entre 1 y 1000" / "… must be a whole number from 1 to 1000".
pub fn limit_rule(limit: &Limit) -> String {
    let (name, min, max) = (
        setting_name(limit.setting),
        number(limit.min),
        number(limit.max),
    );
    if english() {
        let kind = if limit.integer {
            "a whole number"
        } else {
            "a number"
        };
        format!("{name} must be {kind} from {min} to {max}")
    } else {
        let kind = if limit.integer {
            "un número entero"
        } else {
            "un número"
        };
        format!("{name} debe ser {kind} entre {min} y {max}")
    }
}

fn setting_error(e: &SettingError) -> String {
    let got = if e.value.is_nan() {
        pick("algo que no es un número", "something that is not a number").to_owned()
    } else {
        number(e.value)
    };
    let rule = limit_rule(&e.limit);
    if english() {
        // The rule starts with "the …": a sentence starts with a capital.
        let mut chars = rule.chars();
        let rule = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect::<String>())
            .unwrap_or_default();
        format!("{rule}; it got {got}.")
    } else {
        format!("{rule}; se recibió {got}.")
    }
}

fn checkpoint(e: &CheckpointError) -> String {
    let en = english();
    match e {
        CheckpointError::NotACheckpoint => pick(
            "el archivo no es un punto de control de Generativa (no empieza como uno).",
            "the file is not a Generativa checkpoint (it does not start like one).",
        )
        .into(),
        CheckpointError::Version { found, supported } if en => format!(
            "the checkpoint is in format {found} and this site reads format {supported}; open it with the version of the site that saved it."
        ),
        CheckpointError::Version { found, supported } => format!(
            "el punto de control es del formato {found} y este sitio lee el formato {supported}; ábrelo con la versión del sitio que lo guardó."
        ),
        CheckpointError::Truncated { found, needed } if en => format!(
            "the checkpoint is incomplete: it has {found} bytes and needs up to {needed} (was the download cut short?)."
        ),
        CheckpointError::Truncated { found, needed } => format!(
            "el punto de control está incompleto: tiene {found} bytes y le faltan hasta {needed} (¿la descarga se cortó?)."
        ),
        CheckpointError::Length { found, expected } if en => format!(
            "the checkpoint has {found} bytes and should have {expected}: it has extra data."
        ),
        CheckpointError::Length { found, expected } => format!(
            "el punto de control tiene {found} bytes y debería tener {expected}: le sobran datos."
        ),
        CheckpointError::TooLarge { declared, limit } if en => format!(
            "the checkpoint declares {declared} bytes, more than the limit of {limit}; it is refused unread."
        ),
        CheckpointError::TooLarge { declared, limit } => format!(
            "el punto de control declara {declared} bytes, más que el límite de {limit}; se rechaza sin leerlo."
        ),
        CheckpointError::Corrupted => pick(
            "el punto de control está dañado: su huella SHA-256 no coincide con su contenido.",
            "the checkpoint is damaged: its SHA-256 fingerprint does not match its content.",
        )
        .into(),
        CheckpointError::WrongModel { found, expected } if en => format!(
            "this checkpoint is of the model «{found}», not of this slide's model «{expected}»."
        ),
        CheckpointError::WrongModel { found, expected } => format!(
            "este punto de control es del modelo «{found}», no del modelo «{expected}» de esta diapositiva."
        ),
        CheckpointError::Malformed { part } if en => {
            format!("a part of the checkpoint («{part}») is missing or unreadable.")
        }
        CheckpointError::Malformed { part } => {
            format!("una parte del punto de control («{part}») falta o no se puede leer.")
        }
        CheckpointError::Tensor {
            name,
            expected,
            found,
        } => match (expected.is_empty(), found.is_empty(), en) {
            (true, _, true) => {
                format!(
                    "the checkpoint brings the tensor «{name}», which this model does not have."
                )
            }
            (true, _, false) => {
                format!("el punto de control trae el tensor «{name}», que este modelo no tiene.")
            }
            (false, true, true) => {
                format!("the checkpoint lacks the tensor «{name}» {expected:?}.")
            }
            (false, true, false) => {
                format!("al punto de control le falta el tensor «{name}» {expected:?}.")
            }
            (_, _, true) => format!(
                "the checkpoint's tensor «{name}» measures {found:?} and this model needs {expected:?}."
            ),
            _ => format!(
                "el tensor «{name}» del punto de control mide {found:?} y este modelo necesita {expected:?}."
            ),
        },
    }
}

/// What a run error means, in the page's words.
pub fn run_error(e: &RunError) -> String {
    let en = english();
    match e {
        RunError::Setting(e) => setting_error(e),
        RunError::NotFinite { epoch, step, value } => {
            if en {
                let at = if *epoch > 0 {
                    format!(" at epoch {epoch}, step {step}")
                } else {
                    String::new()
                };
                format!(
                    "the loss stopped being a finite number ({value}){at}; reset with a lower learning rate."
                )
            } else {
                let at = if *epoch > 0 {
                    format!(" en la época {epoch}, paso {step}")
                } else {
                    String::new()
                };
                format!(
                    "la pérdida dejó de ser un número finito ({value}){at}; reinicia con una tasa de aprendizaje más baja."
                )
            }
        }
        RunError::Read(detail) if en => {
            format!("the results could not be read from the device: {detail}")
        }
        RunError::Read(detail) => {
            format!("no se pudieron leer los resultados del dispositivo: {detail}")
        }
        RunError::TooFewImages { need, have } if en => {
            format!("more than {need} training images are needed; there are {have}.")
        }
        RunError::TooFewImages { need, have } => {
            format!("hacen falta más de {need} imágenes de entrenamiento; hay {have}.")
        }
        RunError::ImageSize { expected, found } if en => format!(
            "the images must measure {} × {}; they measure {} × {}.",
            expected[0], expected[1], found[0], found[1]
        ),
        RunError::ImageSize { expected, found } => format!(
            "las imágenes deben medir {} × {}; miden {} × {}.",
            expected[0], expected[1], found[0], found[1]
        ),
        RunError::PhaseOrder { asked: 2 } => pick(
            "la fase 2 va después de la fase 1: pulsa «Fase 1» primero.",
            "phase 2 comes after phase 1: press “Phase 1” first.",
        )
        .to_owned(),
        RunError::PhaseOrder { .. } => pick(
            "la fase 1 empieza un paso nuevo: termina antes el paso con «Fase 2» (o la corrida no tiene épocas por delante).",
            "phase 1 starts a new step: first finish the step with “Phase 2” (or the run has no epochs left).",
        )
        .to_owned(),
        RunError::Checkpoint(e) if en => format!(
            "Not loaded: {} Your training is as it was.",
            checkpoint(e)
        ),
        RunError::Checkpoint(e) => format!(
            "No se cargó: {} Tu entrenamiento sigue como estaba.",
            checkpoint(e)
        ),
    }
}

/// What a failure means, in the page's words.
pub fn failure(f: &Failure) -> String {
    match f {
        Failure::Run(e) => run_error(e),
        Failure::NoBackend => pick(
            "el motor todavía no eligió un backend; espera un momento.",
            "the engine has not chosen a backend yet; wait a moment.",
        )
        .into(),
        Failure::NoData => pick(
            "primero carga Fashion-MNIST (botón «Cargar Fashion-MNIST»).",
            "load Fashion-MNIST first (button “Load Fashion-MNIST”).",
        )
        .into(),
        Failure::NoRun => pick(
            "todavía no hay un entrenamiento: pulsa «Empezar» o «Reiniciar».",
            "there is no training run yet: press “Start” or “Reset”.",
        )
        .into(),
        Failure::Busy => pick(
            "el modelo ya está trabajando; espera a que termine el paso en curso.",
            "the model is already working; wait for the current step to finish.",
        )
        .into(),
        Failure::BadRequest(detail) => {
            format!(
                "{}: {detail}",
                pick("petición fuera de rango", "request out of range")
            )
        }
        Failure::EngineLost { gpu: true } => pick(
            "se perdió la GPU (WebGPU: el controlador se reinició o el sistema la retiró) y el motor volvió a empezar en la CPU. El entrenamiento en curso se perdió solo desde lo último guardado (cada fin de época y cada pausa).",
            "the GPU was lost (WebGPU: its driver restarted or the system took it back) and the engine started again on the CPU. The training in progress is lost only since it was last kept (each epoch's end, each pause).",
        )
        .into(),
        Failure::EngineLost { gpu: false } => pick(
            "el motor de entrenamiento se detuvo por un error interno y volvió a empezar. El entrenamiento en curso se perdió solo desde lo último guardado (cada fin de época y cada pausa).",
            "the training engine stopped on an internal error and started again. The training in progress is lost only since it was last kept (each epoch's end, each pause).",
        )
        .into(),
        Failure::StoredUnreadable(e) => format!(
            "{} ({})",
            pick(
                "el entrenamiento guardado en este navegador ya no se puede cargar: lo escribió otra versión del sitio o se dañó, así que se borró; el sitio sigue funcionando",
                "the training run kept in this browser no longer loads: another version of the site wrote it or it was damaged, so it was removed; the site works on",
            ),
            run_error(e)
        ),
    }
}

/// Why the judge gave no score, in the page's words (the run is not affected).
pub fn judge_problem(p: &JudgeProblem) -> String {
    let en = english();
    let why = match p {
        JudgeProblem::Fetch(detail) if en => {
            format!("its weights file could not be downloaded ({detail})")
        }
        JudgeProblem::Fetch(detail) => {
            format!("no se pudo descargar su archivo de pesos ({detail})")
        }
        JudgeProblem::Judge(JudgeError::Digest { found, .. }) => format!(
            "{} (SHA-256 {}…)",
            pick(
                "su archivo de pesos no es el publicado",
                "its weights file is not the published one"
            ),
            &found[..found.len().min(12)]
        ),
        JudgeProblem::Judge(JudgeError::Weights(detail)) => format!(
            "{} ({detail})",
            pick(
                "su archivo de pesos no se pudo leer",
                "its weights file could not be read"
            )
        ),
        JudgeProblem::Judge(JudgeError::TooFewImages { need, have }) if en => {
            format!("it needs at least {need} images and there are {have}")
        }
        JudgeProblem::Judge(JudgeError::TooFewImages { need, have }) => {
            format!("hacen falta al menos {need} imágenes y hay {have}")
        }
        JudgeProblem::Judge(JudgeError::ImageSize { found }) if en => {
            format!("the images are not 28 × 28 ({found} pixels)")
        }
        JudgeProblem::Judge(JudgeError::ImageSize { found }) => {
            format!("las imágenes no son de 28 × 28 ({found} píxeles)")
        }
        JudgeProblem::NoData => {
            pick("primero carga Fashion-MNIST", "load Fashion-MNIST first").to_owned()
        }
        JudgeProblem::Run(e) => run_error(e),
    };
    if en {
        format!("The judge could not score: {why}. The training is unchanged.")
    } else {
        format!("El juez no pudo calificar: {why}. El entrenamiento sigue igual.")
    }
}

/// Why the data set did not load, in the page's words.
pub fn data_problem(p: &DataProblem) -> String {
    match p {
        DataProblem::NotThisSite { folder } if english() => format!(
            "the data folder «{folder}» must be a path of this same site, such as /data/fashion-mnist/"
        ),
        DataProblem::NotThisSite { folder } => format!(
            "la carpeta de datos «{folder}» debe ser una ruta de este mismo sitio, como /data/fashion-mnist/"
        ),
        DataProblem::File(e) if english() => data_error_en(e),
        // The core's own wording is Spanish.
        DataProblem::File(e) => e.to_string(),
    }
}

fn data_error_en(e: &DataError) -> String {
    match e {
        DataError::Missing { file, detail } => format!("the file «{file}» is missing: {detail}"),
        DataError::Io { file, detail } => format!("«{file}» could not be read: {detail}"),
        DataError::Gzip { file, detail } => {
            format!("«{file}» is corrupt: gzip decompression failed ({detail})")
        }
        DataError::WrongMagic {
            file,
            expected,
            found,
            wanted,
        } => {
            let kind = match expected {
                IdxKind::Images => "images",
                IdxKind::Labels => "labels",
            };
            format!(
                "«{file}» is not an IDX file of {kind}: magic number 0x{found:08x}, expected 0x{wanted:08x}"
            )
        }
        DataError::Truncated {
            file,
            needed,
            found,
        } => format!("«{file}» is truncated: it has {found} bytes and its header needs {needed}"),
        DataError::LengthMismatch {
            file,
            declared,
            actual,
        } => format!(
            "«{file}»: the header declares {declared} bytes of data but the file brings {actual}"
        ),
        DataError::TooLarge {
            file,
            declared,
            limit,
        } => format!(
            "«{file}»: the header declares {declared} bytes, more than the limit of {limit}; refused without allocating memory"
        ),
        DataError::CountMismatch {
            file,
            images,
            labels,
        } => format!("there are {images} images but {labels} labels in «{file}»"),
        DataError::BadLabel { file, index, label } => format!(
            "«{file}»: the label {label} at position {index} is not a Fashion-MNIST class (0–9)"
        ),
        DataError::DigestMismatch {
            file,
            expected,
            actual,
        } => format!(
            "«{file}» is not the official Fashion-MNIST file: SHA-256 {actual}, expected {expected}"
        ),
        DataError::ReferenceMismatch {
            file,
            expected,
            actual,
        } => format!(
            "«{file}» is not the kept reference file: SHA-256 {actual}, expected {expected}"
        ),
    }
}

/// Where a model's runs train and why, in the page's words.
pub fn run_backend(choice: &RunBackend) -> String {
    let name = match choice.kind {
        BackendKind::WebGpu => "WebGPU",
        BackendKind::Cpu => "CPU",
    };
    let why = match &choice.reason {
        RunBackendReason::EngineCpu => pick(
            "el motor usa solo la CPU en esta página (la insignia dice por qué)",
            "the engine uses only the CPU on this page (the badge says why)",
        )
        .to_owned(),
        // Only WebGPU is forced per run (a forced CPU makes the whole engine CPU-only).
        RunBackendReason::Forced => format!(
            "{} ?backend={}",
            pick("forzado con", "forced with"),
            match choice.kind {
                BackendKind::WebGpu => "webgpu",
                BackendKind::Cpu => "cpu",
            }
        ),
        RunBackendReason::Tiny => pick(
            "modelo diminuto: en una GPU cada paso esperaría más al envío de trabajo que a la cuenta",
            "a tiny model: on a GPU each step would wait longer for the work to be sent than for the arithmetic",
        )
        .to_owned(),
        RunBackendReason::Measured { cpu_ms, gpu_ms } => format!(
            "{}: {} ms {} CPU, {} ms {} WebGPU",
            pick("calibrado al empezar", "measured at the start"),
            number((cpu_ms * 10.0).round() / 10.0),
            pick("por paso en", "per step on"),
            number((gpu_ms * 10.0).round() / 10.0),
            pick("en", "on"),
        ),
        RunBackendReason::Hook => pick(
            "resultado de calibración fijado por la prueba (?calibracion=)",
            "calibration result set by the test (?calibracion=)",
        )
        .to_owned(),
    };
    format!("{name} — {why}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use generativa_core::run::limit;

    #[test]
    fn failures_read_as_sentences() {
        let e = limit("vae", Setting::Epochs).check(0.0).unwrap_err();
        assert_eq!(
            failure(&Failure::Run(RunError::Setting(e))),
            "el número de épocas debe ser un número entero entre 1 y 1000; se recibió 0."
        );
        let lr = limit("vae", Setting::LearningRate);
        assert_eq!(
            limit_rule(&lr),
            "la tasa de aprendizaje debe ser un número entre 0.000001 y 1"
        );
        let wrong = RunError::Checkpoint(CheckpointError::WrongModel {
            found: "toy-gan".into(),
            expected: "vae".into(),
        });
        assert!(failure(&Failure::Run(wrong)).contains("«toy-gan»"));
        assert!(
            run_error(&RunError::NotFinite {
                epoch: 1,
                step: 3,
                value: f32::NAN
            })
            .contains("número finito")
        );
    }

    #[test]
    fn failures_read_as_sentences_in_english() {
        crate::i18n::set_for_test(crate::i18n::Lang::En);
        let e = limit("vae", Setting::Epochs).check(0.0).unwrap_err();
        assert_eq!(
            failure(&Failure::Run(RunError::Setting(e))),
            "The number of epochs must be a whole number from 1 to 1000; it got 0."
        );
        let lr = limit("vae", Setting::LearningRate);
        assert_eq!(
            limit_rule(&lr),
            "the learning rate must be a number from 0.000001 to 1"
        );
        crate::i18n::set_for_test(crate::i18n::Lang::Es);
    }
}
