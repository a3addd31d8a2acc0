//! The engine's failures worded for the page: the engine sends data (a kind and its numbers),
//! and only here do they become sentences, so a second language needs no engine change.

use generativa_core::run::{CheckpointError, Limit, RunError, Setting, SettingError};
use generativa_protocol::judge::{JudgeError, JudgeProblem};
use generativa_protocol::{BackendKind, Failure, RunBackend, RunBackendReason};

/// A setting's name as the forms label it.
pub fn setting_name(setting: Setting) -> &'static str {
    match setting {
        Setting::Epochs => "el número de épocas",
        Setting::BatchSize => "el tamaño del lote",
        Setting::LearningRate => "la tasa de aprendizaje",
        Setting::Seed => "la semilla",
        Setting::CodingsSize => "el tamaño de las codificaciones",
        Setting::HiddenUnits => "cada capa oculta",
        Setting::Noise => "el ruido de las imágenes reales",
        Setting::Rounds => "el número de rondas",
        Setting::Dropout => "la tasa de dropout",
        Setting::Channels => "los canales de cada convolución",
        Setting::TrainImages => "las imágenes de entrenamiento por época",
    }
}

/// A number as the forms write it (decimal point, no trailing zeros).
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

/// "… debe ser un número entero entre 1 y 1000".
pub fn limit_rule(limit: &Limit) -> String {
    let kind = if limit.integer {
        "un número entero"
    } else {
        "un número"
    };
    format!(
        "{} debe ser {kind} entre {} y {}",
        setting_name(limit.setting),
        number(limit.min),
        number(limit.max)
    )
}

fn setting_error(e: &SettingError) -> String {
    let got = if e.value.is_nan() {
        "algo que no es un número".to_owned()
    } else {
        number(e.value)
    };
    format!("{}; se recibió {got}.", limit_rule(&e.limit))
}

fn checkpoint(e: &CheckpointError) -> String {
    match e {
        CheckpointError::NotACheckpoint => {
            "el archivo no es un punto de control de Generativa (no empieza como uno).".into()
        }
        CheckpointError::Version { found, supported } => format!(
            "el punto de control es del formato {found} y este sitio lee el formato {supported}; ábrelo con la versión del sitio que lo guardó."
        ),
        CheckpointError::Truncated { found, needed } => format!(
            "el punto de control está incompleto: tiene {found} bytes y le faltan hasta {needed} (¿la descarga se cortó?)."
        ),
        CheckpointError::Length { found, expected } => format!(
            "el punto de control tiene {found} bytes y debería tener {expected}: le sobran datos."
        ),
        CheckpointError::TooLarge { declared, limit } => format!(
            "el punto de control declara {declared} bytes, más que el límite de {limit}; se rechaza sin leerlo."
        ),
        CheckpointError::Corrupted => {
            "el punto de control está dañado: su huella SHA-256 no coincide con su contenido."
                .into()
        }
        CheckpointError::WrongModel { found, expected } => format!(
            "este punto de control es del modelo «{found}», no del modelo «{expected}» de esta diapositiva."
        ),
        CheckpointError::Malformed { part } => {
            format!("una parte del punto de control («{part}») falta o no se puede leer.")
        }
        CheckpointError::Tensor {
            name,
            expected,
            found,
        } => match (expected.is_empty(), found.is_empty()) {
            (true, _) => {
                format!("el punto de control trae el tensor «{name}», que este modelo no tiene.")
            }
            (false, true) => {
                format!("al punto de control le falta el tensor «{name}» {expected:?}.")
            }
            _ => format!(
                "el tensor «{name}» del punto de control mide {found:?} y este modelo necesita {expected:?}."
            ),
        },
    }
}

/// What a run error means, in the page's words.
pub fn run_error(e: &RunError) -> String {
    match e {
        RunError::Setting(e) => setting_error(e),
        RunError::NotFinite { epoch, step, value } => {
            let at = if *epoch > 0 {
                format!(" en la época {epoch}, paso {step}")
            } else {
                String::new()
            };
            format!(
                "la pérdida dejó de ser un número finito ({value}){at}; reinicia con una tasa de aprendizaje más baja."
            )
        }
        RunError::Read(detail) => {
            format!("no se pudieron leer los resultados del dispositivo: {detail}")
        }
        RunError::TooFewImages { need, have } => {
            format!("hacen falta más de {need} imágenes de entrenamiento; hay {have}.")
        }
        RunError::ImageSize { expected, found } => format!(
            "las imágenes deben medir {} × {}; miden {} × {}.",
            expected[0], expected[1], found[0], found[1]
        ),
        RunError::PhaseOrder { asked: 2 } => {
            "la fase 2 va después de la fase 1: pulsa «Fase 1» primero.".to_owned()
        }
        RunError::PhaseOrder { .. } => {
            "la fase 1 empieza un paso nuevo: termina antes el paso con «Fase 2» (o la corrida no tiene épocas por delante).".to_owned()
        }
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
        Failure::NoBackend => "el motor todavía no eligió un backend; espera un momento.".into(),
        Failure::NoData => "primero carga Fashion-MNIST (botón «Cargar Fashion-MNIST»).".into(),
        Failure::NoRun => "todavía no hay un entrenamiento: pulsa «Empezar» o «Reiniciar».".into(),
        Failure::Busy => {
            "el modelo ya está trabajando; espera a que termine el paso en curso.".into()
        }
        Failure::BadRequest(detail) => format!("petición fuera de rango: {detail}"),
    }
}

/// Why the judge gave no score, in the page's words (the run is not affected).
pub fn judge_problem(p: &JudgeProblem) -> String {
    let why = match p {
        JudgeProblem::Fetch(detail) => {
            format!("no se pudo descargar su archivo de pesos ({detail})")
        }
        JudgeProblem::Judge(JudgeError::Digest { found, .. }) => format!(
            "su archivo de pesos no es el publicado (SHA-256 {}…)",
            &found[..found.len().min(12)]
        ),
        JudgeProblem::Judge(JudgeError::Weights(detail)) => {
            format!("su archivo de pesos no se pudo leer ({detail})")
        }
        JudgeProblem::Judge(JudgeError::TooFewImages { need, have }) => {
            format!("hacen falta al menos {need} imágenes y hay {have}")
        }
        JudgeProblem::Judge(JudgeError::ImageSize { found }) => {
            format!("las imágenes no son de 28 × 28 ({found} píxeles)")
        }
        JudgeProblem::NoData => "primero carga Fashion-MNIST".to_owned(),
        JudgeProblem::Run(e) => run_error(e),
    };
    format!("El juez no pudo calificar: {why}. El entrenamiento sigue igual.")
}

/// Where a model's runs train and why, in the page's words.
pub fn run_backend(choice: &RunBackend) -> String {
    let name = match choice.kind {
        BackendKind::WebGpu => "WebGPU",
        BackendKind::Cpu => "CPU",
    };
    let why = match &choice.reason {
        RunBackendReason::EngineCpu => "el motor usa solo la CPU en esta página (la insignia dice por qué)".to_owned(),
        RunBackendReason::Forced => "forzado con ?backend=".to_owned(),
        RunBackendReason::Tiny => {
            "modelo diminuto: en una GPU cada paso esperaría más al envío de trabajo que a la cuenta".to_owned()
        }
        RunBackendReason::Measured { cpu_ms, gpu_ms } => format!(
            "calibrado al empezar: {} ms por paso en CPU, {} ms en WebGPU",
            number((cpu_ms * 10.0).round() / 10.0),
            number((gpu_ms * 10.0).round() / 10.0)
        ),
        RunBackendReason::Hook => "resultado de calibración fijado por la prueba (?calibracion=)".to_owned(),
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
}
