//! Every interface string of the site, in Spanish (the lecture's language), kept in one place
//! so that an English version can follow.

/// Site name.
pub const SITE: &str = "Generativa";
/// Subtitle under the site name.
pub const SUBTITLE: &str = "Semana 14 · Autoencoders y GANs";
/// Table of contents heading.
pub const TOC: &str = "Índice";
/// Previous-page button.
pub const PREV: &str = "← Anterior";
/// Next-page button.
pub const NEXT: &str = "Siguiente →";
/// Hint about keyboard navigation.
pub const KEYS_HINT: &str = "Usa las flechas ← y → del teclado para cambiar de sección.";
/// Not-found page title.
pub const NOT_FOUND_TITLE: &str = "Esa sección no existe";
/// Not-found page text.
pub const NOT_FOUND_TEXT: &str =
    "La dirección no corresponde a ninguna sección de la clase. Elige una del índice.";
/// Link back to the start.
pub const BACK_HOME: &str = "Ir a la agenda";
/// Menu button (small screens).
pub const MENU: &str = "Índice";

/// Badge while the engine loads.
pub const BADGE_LOADING: &str = "Motor: cargando…";
/// Badge while the backend is being chosen.
pub const BADGE_CHOOSING: &str = "Motor: eligiendo backend…";
/// Badge when the engine failed.
pub const BADGE_FAILED: &str = "Motor: no disponible";
/// Badge: WebGPU.
pub const BADGE_WEBGPU: &str = "WebGPU";
/// Badge: CPU.
pub const BADGE_CPU: &str = "CPU";
/// Suffix when the choice was forced.
pub const FORCED: &str = "forzado";

/// Reason: forced CPU.
pub const WHY_FORCED: &str = "se pidió la CPU (?backend=cpu)";
/// Reason: no navigator.gpu.
pub const WHY_NO_GPU_API: &str = "este navegador no ofrece WebGPU (no hay navigator.gpu)";
/// Reason: no adapter.
pub const WHY_NO_ADAPTER: &str = "WebGPU no encontró ningún adaptador";
/// Reason: software adapter.
pub const WHY_SOFTWARE: &str = "solo hay un adaptador por software";
/// Why a software adapter means CPU.
pub const WHY_SOFTWARE_DETAIL: &str = "en un adaptador por software (como SwiftShader) el backend de CPU resultó unas 20 veces más rápido (el VAE de la clase: ~11 ms por paso frente a ~220 ms)";
/// Reason: device request failed.
pub const WHY_DEVICE_FAILED: &str = "falló la petición del dispositivo WebGPU";

/// Engine download label.
pub const ENGINE_DOWNLOADING: &str = "Descargando el motor de entrenamiento";
/// Engine compile label.
pub const ENGINE_STARTING: &str = "Iniciando el motor…";
/// Engine failure.
pub const ENGINE_FAILED: &str = "El motor de entrenamiento no pudo iniciar";
/// Note that text does not wait for the engine.
pub const ENGINE_TEXT_FIRST: &str =
    "El texto de la clase ya está disponible; el motor se carga aparte.";

/// Diagnostics page title.
pub const DIAG_TITLE: &str = "Diagnóstico del motor";
/// Diagnostics intro.
pub const DIAG_INTRO: &str = "Al arrancar, el motor hace una cuenta pequeña con respuesta conocida en el backend elegido: el producto de matrices de las capas densas y sus dos gradientes por retropropagación (respecto de los pesos y de la entrada). Si coincide, el backend calcula bien.";
/// Backend heading.
pub const DIAG_BACKEND: &str = "Backend";
/// Computation heading.
pub const DIAG_COMPUTATION: &str = "Cálculo de prueba";
/// Result ok.
pub const DIAG_OK: &str = "correcto";
/// Result wrong.
pub const DIAG_WRONG: &str = "INCORRECTO";
/// Waiting for the computation.
pub const DIAG_RUNNING: &str = "calculando… (en WebGPU la primera vez se compilan los kernels)";
/// How to force a backend.
pub const DIAG_FORCE: &str = "Forzar backend para esta sesión del navegador:";
/// Auto option.
pub const DIAG_AUTO: &str = "automático";
/// Adapter label.
pub const DIAG_ADAPTER: &str = "Adaptador WebGPU";
/// Requested label.
pub const DIAG_REQUESTED: &str = "Pedido";
/// Expected label.
pub const DIAG_EXPECTED: &str = "esperado";
/// Time label.
pub const DIAG_TIME: &str = "tiempo";

/// Data panel title.
pub const DATA_TITLE: &str = "Datos: Fashion-MNIST";
/// Data panel intro.
pub const DATA_INTRO: &str = "70 000 imágenes de ropa de 28 × 28 píxeles en escala de grises (60 000 de entrenamiento y 10 000 de prueba). Se descargan de este mismo sitio, se descomprimen y se verifican con SHA-256 dentro del navegador, y quedan guardadas para la próxima visita.";
/// Load button.
pub const DATA_LOAD: &str = "Cargar Fashion-MNIST";
/// Retry button.
pub const DATA_RETRY: &str = "Reintentar";
/// Forget button.
pub const DATA_FORGET: &str = "Borrar la copia guardada";
/// Verifying.
pub const DATA_VERIFYING: &str = "Descomprimiendo y verificando (SHA-256)…";
/// Verified label.
pub const DATA_VERIFIED: &str = "verificadas";
/// From storage label.
pub const DATA_FROM_CACHE: &str = "desde el almacenamiento del navegador";
/// From network label.
pub const DATA_FROM_NETWORK: &str = "descargadas del sitio";
/// Failure prefix.
pub const DATA_FAILED: &str = "No se pudieron cargar los datos";
/// Forgotten.
pub const DATA_FORGOTTEN: &str = "Copia guardada borrada; la próxima carga descargará de nuevo.";
/// Waiting for the engine.
pub const DATA_WAIT_ENGINE: &str = "Esperando al motor…";
/// Training images.
pub const DATA_TRAIN: &str = "entrenamiento";
/// Test images.
pub const DATA_TEST: &str = "prueba";
/// Images.
pub const DATA_IMAGES: &str = "imágenes";

/// Footer.
pub const FOOTER: &str =
    "Generativa · Rust + WebAssembly (burn 0.22, Leptos 0.8). Todo se calcula en tu navegador.";
/// Engine status link.
pub const DIAG_LINK: &str = "Diagnóstico";

/// Pixel (editor, tables).
pub const TOY_PIXEL: &str = "Píxel";
/// Pixel, short (diagram).
pub const TOY_PIXEL_SHORT: &str = "x";
/// Preset: the slide's X.
pub const TOY_PRESET_SLIDE_X: &str = "X de la diapositiva";
/// Preset: perfect X.
pub const TOY_PRESET_X: &str = "X perfecta";
/// Preset: O.
pub const TOY_PRESET_O: &str = "O";
/// Preset: noise.
pub const TOY_PRESET_NOISE: &str = "Ruido (1.13)";
/// Preset: empty.
pub const TOY_PRESET_EMPTY: &str = "Vaciar";
/// Brush level.
pub const TOY_BRUSH: &str = "Pincel:";
/// Editor hint.
pub const TOY_EDITOR_HINT: &str = "Haz clic o arrastra sobre la pantalla para pintar con el tono del pincel (1 = relleno, 0 = vacío). Con un píxel seleccionado, ↑ y ↓ lo cambian de 0.1 en 0.1.";
/// Diagram accessible label.
pub const TOY_DIAGRAM_LABEL: &str = "La red: una arista por píxel; gruesa y continua si el peso es positivo, delgada y punteada si es negativo";
/// Legend: positive edge.
pub const TOY_EDGE_POSITIVE: &str = "peso positivo (gruesa)";
/// Legend: negative edge.
pub const TOY_EDGE_NEGATIVE: &str = "peso negativo (delgada)";

/// Discriminator lab title.
pub const TOY_DISC_TITLE: &str = "Laboratorio: el discriminador a mano";
/// Positive part.
pub const TOY_POSITIVE: &str = "Parte positiva (pesos +)";
/// Negative part.
pub const TOY_NEGATIVE: &str = "Parte negativa (pesos −)";
/// Bias.
pub const TOY_BIAS: &str = "Bias b (se resta)";
/// Score.
pub const TOY_SCORE: &str = "Puntaje";
/// Verdict.
pub const TOY_VERDICT: &str = "Con el umbral";
/// Is an X.
pub const TOY_IS_X: &str = "es una X";
/// Not an X.
pub const TOY_NOT_X: &str = "no es una X";
/// Probability.
pub const TOY_PROBABILITY: &str = "σ(puntaje)";
/// Bias field.
pub const TOY_BIAS_FIELD: &str = "Bias b";
/// Threshold field.
pub const TOY_THRESHOLD_FIELD: &str = "Umbral";
/// Weights hint.
pub const TOY_WEIGHTS_HINT: &str = "Los pesos, en la posición de su píxel. Cámbialos y mira cómo cambian el puntaje y las aristas.";
/// Restore the slides' weights.
pub const TOY_SLIDE_WEIGHTS: &str = "Volver a los pesos de la diapositiva";

/// Generator lab title.
pub const TOY_GEN_TITLE: &str = "Laboratorio: el generador a mano";
/// Score column.
pub const TOY_GEN_SCORE: &str = "Puntaje";
/// Pixel column.
pub const TOY_GEN_PIXEL: &str = "σ → píxel";
/// Many z heading.
pub const TOY_GEN_MANY_Z: &str = "La misma red con otras entradas z";
/// Always X.
pub const TOY_GEN_ALWAYS_X: &str = "Para cualquier z entre 0 y 1, las esquinas y el centro quedan más oscuros que los demás píxeles: esta red siempre dibuja una X.";
/// Not always X.
pub const TOY_GEN_NOT_ALWAYS_X: &str = "Con estos pesos hay z para las que algún píxel de fuera de la X queda más oscuro que uno de la X: no siempre dibuja una X.";
/// Darkest X pixel.
pub const TOY_GEN_DARKEST: &str = "píxel de la X más claro:";
/// Lightest other pixel.
pub const TOY_GEN_LIGHTEST: &str = "píxel de fuera más oscuro:";
/// The hand-made X is faint.
pub const TOY_GEN_FAINT: &str = "Es una X tenue: los demás píxeles quedan cerca de 0.5. El GAN entrenado de 1.28 llega a X nítidas (esquinas y centro > 0.7, el resto < 0.3).";
/// Edit weights.
pub const TOY_GEN_EDIT: &str = "Editar pesos u y bias v";
/// Edit hint.
pub const TOY_GEN_EDIT_HINT: &str =
    "Cada píxel j tiene su peso uⱼ y su bias vⱼ: puntaje = uⱼ·z + vⱼ, píxel = σ(puntaje).";

/// Loss lab title.
pub const TOY_LOSS_TITLE: &str = "Laboratorio: las dos pérdidas";
/// Discriminator loss on a fake.
pub const TOY_LOSS_D: &str = "Pérdida del discriminador";
/// Generator loss.
pub const TOY_LOSS_G: &str = "Pérdida del generador";
/// Curve: D.
pub const TOY_LOSS_D_CURVE: &str = "−ln(1 − D(G(z))): discriminador";
/// Curve: G.
pub const TOY_LOSS_G_CURVE: &str = "−ln D(G(z)): generador";
/// Marker.
pub const TOY_LOSS_HERE: &str = "valor elegido";
/// Hint.
pub const TOY_LOSS_HINT: &str = "Cuando el discriminador se deja engañar (D(G(z)) cerca de 1), su pérdida se dispara y la del generador baja a 0; cuando descubre la falsificación, pasa lo contrario. Por eso pelean.";

/// Training lab title.
pub const TOY_TRAIN_TITLE: &str = "Laboratorio: entrenar el GAN de 3 × 3 con backpropagation";
/// Training intro.
pub const TOY_TRAIN_INTRO: &str = "Las dos redes empiezan con pesos aleatorios. Un paso D entrena al discriminador con X reales y con las imágenes del generador; un paso G entrena al generador a través del discriminador, sin tocar los pesos de este. Una ronda es un paso de cada uno.";
/// Waiting for the engine.
pub const TOY_WAIT_ENGINE: &str = "Esperando al motor de entrenamiento…";
/// Train.
pub const TOY_TRAIN: &str = "Entrenar";
/// Pause.
pub const PAUSE: &str = "Pausar";
/// D step.
pub const TOY_D_STEP: &str = "Paso D";
/// G step.
pub const TOY_G_STEP: &str = "Paso G";
/// Round.
pub const TOY_ROUND: &str = "Una ronda";
/// Reset.
pub const TOY_RESET: &str = "Reiniciar";
/// Rounds.
pub const TOY_ROUNDS: &str = "Rondas";
/// D steps.
pub const TOY_D_STEPS: &str = "pasos D";
/// G steps.
pub const TOY_G_STEPS: &str = "pasos G";
/// Settings.
pub const TOY_SETTINGS: &str = "Ajustes (tasa de aprendizaje, semilla, rondas, X y O)";
/// Learning rate.
pub const TOY_LR: &str = "Tasa de aprendizaje (Adam)";
/// Seed.
pub const TOY_SEED: &str = "Semilla";
/// Target rounds.
pub const TOY_TARGET: &str = "Rondas al entrenar";
/// With O.
pub const TOY_WITH_O: &str = "Datos reales con X y O (dos modos)";
/// Pending settings.
pub const TOY_PENDING: &str = "Los ajustes nuevos se aplican al pulsar «Reiniciar».";
/// D loss.
pub const TOY_D_LOSS: &str = "Pérdida D";
/// G loss.
pub const TOY_G_LOSS: &str = "Pérdida G";
/// Pictures heading.
pub const TOY_PICTURES: &str = "Lo que dibuja el generador para cinco z fijas";
/// Draws X.
pub const TOY_DRAWS_X: &str = "¡El generador ya dibuja X para las cinco z!";
/// Not yet.
pub const TOY_NOT_YET_X: &str = "Todavía no son X (esquinas y centro > 0.7, el resto < 0.3).";
/// Mode collapse note.
pub const TOY_MODE_COLLAPSE: &str = "Con X y O los datos reales tienen dos modos. Este generador de un solo número z suele quedarse con uno de los dos, o con una mezcla: es el colapso de modos, uno de los problemas clásicos de los GANs.";
/// Losses chart.
pub const TOY_LOSSES: &str = "Pérdidas";
/// Verdicts chart.
pub const TOY_VERDICTS: &str = "Lo que dice el discriminador";
/// Step axis.
pub const TOY_STEP_AXIS: &str = "paso de cada red";
/// Generator heading.
pub const TOY_GENERATOR: &str = "Generador (pesos u)";
/// Discriminator heading.
pub const TOY_DISCRIMINATOR: &str = "Discriminador (pesos w)";
/// Sigmoid lab title.
pub const TOY_SIGMOID_TITLE: &str = "Laboratorio: la sigmoide";
/// Equilibrium hint.
pub const TOY_EQUILIBRIUM: &str = "Cuando el generador ya dibuja X, D(x) y D(G(z)) rondan 0.5: el discriminador ya no distingue las X reales de las generadas. Es el equilibrio del juego; si sigues entrenando, las redes siguen empujándose y la curva oscila.";
/// Generator diagram hint.
pub const TOY_GENERATOR_HINT: &str = "Los píxeles de la derecha son G(0.5).";

/// Summary title.
pub const VAE_SUMMARY_TITLE: &str = "summary()";
/// Summary waiting.
pub const VAE_SUMMARY_WAIT: &str = "Esperando al motor para construir el modelo…";
/// Layer column.
pub const VAE_LAYER: &str = "Capa";
/// Output column.
pub const VAE_OUTPUT: &str = "Forma de salida";
/// Params column.
pub const VAE_PARAMS: &str = "Parámetros";
/// Params short.
pub const VAE_PARAMS_SHORT: &str = "parám.";
/// Total params.
pub const VAE_TOTAL_PARAMS: &str = "Parámetros entrenables";
/// Step loss series.
pub const VAE_STEP_LOSS: &str = "pérdida del lote";
/// Train loss.
pub const VAE_TRAIN_LOSS: &str = "entrenamiento";
/// Validation loss.
pub const VAE_VALID_LOSS: &str = "validación";
/// Per step heading.
pub const VAE_PER_STEP: &str = "Pérdida por paso";
/// Per epoch heading.
pub const VAE_PER_EPOCH: &str = "Pérdida por época";
/// Epoch axis.
pub const VAE_EPOCH_AXIS: &str = "época";
/// Reconstruction part.
pub const VAE_RECON_PART: &str = "reconstrucción (MSE)";
/// Latent part.
pub const VAE_LATENT_PART: &str = "pérdida latente / 784";
/// Parts title.
pub const VAE_PARTS_TITLE: &str = "Las dos partes del costo durante el entrenamiento";
/// Parts hint.
pub const VAE_PARTS_HINT: &str = "La reconstrucción baja rápido; la pérdida latente primero sube (el encoder aprende a usar sus codificaciones) y luego se estabiliza: las dos partes tiran en sentidos opuestos.";
/// Train first.
pub const VAE_TRAIN_FIRST: &str =
    "Entrena el autoencoder en la página 1.10 (¡A entrenar!) para ver esto con tu propio modelo.";
/// KL lab title.
pub const VAE_KL_TITLE: &str = "Laboratorio: la pérdida latente de una codificación";
/// KL curve.
pub const VAE_KL_CURVE: &str = "pérdida latente según σ, con";
/// KL marker.
pub const VAE_KL_HERE: &str = "σ elegida";
/// With sigma.
pub const VAE_KL_WITH_SIGMA: &str = "Con σ (1.4)";
/// With gamma.
pub const VAE_KL_WITH_GAMMA: &str = "Con γ (1.5)";
/// KL hint.
pub const VAE_KL_HINT: &str = "Las dos fórmulas dan lo mismo porque σ² = exp(γ). La pérdida es 0 solo con μ = 0 y σ = 1: empuja cada codificación hacia una gaussiana estándar. Mover μ lejos de 0 o σ lejos de 1 la hace crecer.";
/// Sampling title.
pub const VAE_SAMPLING_TITLE: &str = "Laboratorio: la capa de muestreo, en el motor";
/// Draw one.
pub const VAE_DRAW_ONE: &str = "Muestrear un ε";
/// Draw many.
pub const VAE_DRAW_MANY: &str = "Muestrear";
/// Draws.
pub const VAE_DRAWS: &str = "muestras";
/// Mean.
pub const VAE_MEAN: &str = "media";
/// Expected.
pub const VAE_EXPECTED: &str = "esperada";
/// SD.
pub const VAE_SD: &str = "desviación estándar";
/// Map title.
pub const VAE_MAP_TITLE: &str = "Laboratorio: el espacio latente y nuevas imágenes";
/// Map caption.
pub const VAE_MAP_CAPTION: &str = "Medias μ de 1 000 imágenes de validación, proyectadas en sus dos componentes principales. Épocas completadas:";
/// New images.
pub const VAE_NEW_IMAGES: &str = "Imágenes nuevas, decodificadas de z ~ N(0, I)";
/// Generate.
pub const VAE_GENERATE: &str = "Generar otras";
/// Generate hint.
pub const VAE_GENERATE_HINT: &str = "Cada imagen sale de una codificación aleatoria de una gaussiana estándar, decodificada por el decoder: así genera un autoencoder variacional.";
/// Twice title.
pub const VAE_TWICE_TITLE: &str = "Laboratorio: la misma imagen, codificada dos veces";
/// Twice button.
pub const VAE_TWICE_BUTTON: &str = "Codificar dos veces";
/// Other image.
pub const VAE_TWICE_OTHER: &str = "Otra imagen";
/// Original.
pub const VAE_ORIGINAL: &str = "Imagen original";
/// Validation image.
pub const VAE_VALIDATION_IMAGE: &str = "Imagen de validación";
/// Reconstruction.
pub const VAE_RECONSTRUCTION: &str = "Reconstrucción";
/// Decoded.
pub const VAE_DECODED: &str = "decodificada de";
/// Twice hint.
pub const VAE_TWICE_HINT: &str = "El encoder da la misma μ y la misma σ las dos veces, pero la codificación z se muestrea: sale distinta, y también su reconstrucción. Eso es ser probabilístico.";
/// Arch title.
pub const VAE_ARCH_TITLE: &str = "La arquitectura del modelo que entrena en esta página";
/// Encoder.
pub const VAE_ENCODER: &str = "encoder";
/// Decoder.
pub const VAE_DECODER: &str = "decoder";
/// Arch caption.
pub const VAE_ARCH_CAPTION: &str =
    "Dibujada a partir del modelo de burn que corre en el motor. Parámetros entrenables en total:";
/// Training title.
pub const VAE_TRAIN_TITLE: &str =
    "Laboratorio: entrenar el autoencoder variacional en Fashion-MNIST";
/// Settings.
pub const VAE_SETTINGS: &str =
    "Ajustes (épocas, lote, tasa de aprendizaje, optimizador, pérdida, semilla)";
/// Epochs.
pub const VAE_EPOCHS: &str = "Épocas";
/// Batch.
pub const VAE_BATCH: &str = "Tamaño del lote";
/// LR.
pub const VAE_LR: &str = "Tasa de aprendizaje";
/// Seed.
pub const VAE_SEED: &str = "Semilla";
/// Optimizer.
pub const VAE_OPTIMIZER: &str = "Optimizador";
/// Recon loss.
pub const VAE_RECON_LOSS: &str = "Pérdida de reconstrucción";
/// MSE.
pub const VAE_MSE: &str = "MSE (error cuadrático medio)";
/// BCE.
pub const VAE_BCE: &str = "Entropía cruzada binaria";
/// Settings hint.
pub const VAE_SETTINGS_HINT: &str = "Los valores de la clase: 25 épocas, lotes de 128, Nadam con tasa 0.001 y MSE. Los ajustes nuevos se aplican al empezar o reiniciar.";
/// Start.
pub const VAE_START: &str = "Empezar a entrenar";
/// Starting.
pub const VAE_STARTING: &str = "Preparando…";
/// Resume.
pub const VAE_RESUME: &str = "Continuar";
/// Reset.
pub const VAE_RESET: &str = "Reiniciar";
/// Finished.
pub const VAE_FINISHED: &str = "Entrenamiento terminado.";
/// Compiling.
pub const VAE_COMPILING: &str =
    "Compilando los kernels de WebGPU: el primer paso tarda unos segundos más.";
/// Epoch.
pub const VAE_EPOCH: &str = "Época";
/// Step.
pub const VAE_STEP: &str = "paso";
/// Step short.
pub const VAE_STEP_SHORT: &str = "paso";
/// Steps per second.
pub const VAE_STEPS_PER_S: &str = "pasos/s";
/// Elapsed.
pub const VAE_ELAPSED: &str = "transcurrido";
/// Time left.
pub const VAE_TIME_LEFT: &str = "faltan";
/// Last loss.
pub const VAE_LAST_LOSS: &str = "última pérdida";
/// Originals.
pub const VAE_ORIGINALS: &str = "originales";
/// Reconstructions.
pub const VAE_RECONSTRUCTIONS: &str = "reconstrucciones";
/// Pictures hint.
pub const VAE_PICTURES_HINT: &str = "Las imágenes se redibujan al final de cada época: las mismas imágenes de validación y las mismas codificaciones aleatorias, para que veas cómo mejora el modelo.";
/// Rust caption.
pub const RUST_CAPTION: &str = "Rust · el código que entrena en esta página";
/// Engine memory.
pub const VAE_MEMORY: &str = "memoria del motor";

/// 1.1–1.3 before the data set is loaded.
pub const VAE_PRETRAINED_NEEDS_DATA: &str =
    "Con Fashion-MNIST cargado, esta diapositiva muestra el VAE de la clase ya entrenado.";
/// The label of the shipped model.
pub const VAE_PRETRAINED: &str = "Modelo preentrenado:";
/// What it is (after the number of epochs).
pub const VAE_PRETRAINED_WHAT: &str = "épocas del VAE de la clase (Nadam, lote 128, semilla 42), entrenado por este mismo código con ";
/// Whose it is not.
pub const VAE_PRETRAINED_YOURS: &str =
    "no es tu corrida: cuando entrenes la tuya en 1.10, estas diapositivas la mostrarán.";
/// The shipped file could not be fetched.
pub const VAE_PRETRAINED_MISSING: &str =
    "No se pudo traer el modelo preentrenado; entrena uno en 1.10 para ver esta diapositiva";

/// Before where a run trains ("Entrena en: CPU — …").
pub const RUNS_ON: &str = "Entrena en:";
/// The diagnostics section on each model's backend.
pub const DIAG_RUNS: &str = "Cada modelo";
/// Before any model has started.
pub const DIAG_RUNS_NONE: &str =
    "Todavía ningún modelo empezó: cada uno elige su backend al empezar su primera corrida.";

/// 1.33's lab title.
pub const GAN_TRAIN_TITLE: &str = "Laboratorio: entrenar el GAN de la clase en Fashion-MNIST";
/// Its settings.
pub const GAN_SETTINGS: &str = "Ajustes (épocas, lote, tasas de aprendizaje, optimizador, semilla)";
/// The settings' hint.
pub const GAN_SETTINGS_HINT: &str = "Los valores de la clase: 50 épocas, lotes de 32, RMSprop con tasa 0.001 para las dos redes. El libro probó primero Nadam y el GAN colapsó: elígelo para verlo. Los ajustes nuevos se aplican al empezar o reiniciar.";
/// The generator's learning rate.
pub const GAN_LR_G: &str = "Tasa del generador";
/// The discriminator's learning rate.
pub const GAN_LR_D: &str = "Tasa del discriminador";
/// Start.
pub const GAN_START: &str = "Empezar a entrenar";
/// Finished.
pub const GAN_FINISHED: &str = "Entrenamiento terminado.";
/// Phase 1's loss.
pub const GAN_D_LOSS: &str = "pérdida de D (fase 1)";
/// Phase 2's loss.
pub const GAN_G_LOSS: &str = "pérdida de G (fase 2)";
/// The loss chart's title.
pub const GAN_LOSSES: &str = "Pérdidas por paso";
/// The verdicts chart's title.
pub const GAN_VERDICTS: &str = "Lo que dice el discriminador";
/// What the verdicts mean.
pub const GAN_VERDICTS_HINT: &str = "D(x) es la probabilidad que D da a las imágenes reales y D(G(z)) a las falsas. Al principio D aprende rápido a separarlas; luego G lo alcanza y los dos valores se acercan. En el equilibrio teórico D diría 0.5 a todo: su pérdida sería ln 2 ≈ 0.69 por imagen.";
/// The fakes grid's title.
pub const GAN_FAKES: &str = "Las últimas imágenes falsas (plot_multiple_images, 8 columnas)";
/// The film strip's title.
pub const GAN_FILM: &str = "Las mismas 8 codificaciones, época tras época";
/// The film strip's hint.
pub const GAN_FILM_HINT: &str = "Cada fila decodifica las mismas 8 codificaciones fijas con el generador al final de esa época: se ve cómo aprende a dibujar prendas. La fila «época 0» es el generador sin entrenar.";
/// Before a run.
pub const GAN_TRAIN_FIRST: &str = "Empieza a entrenar para ver las imágenes.";
/// The parameters line.
pub const GAN_PARAMS: &str = "parámetros";

// The judge (every generator's score).
/// Before any score.
pub const JUDGE_NOTHING_YET: &str = "Todavía no hay puntuación.";
/// The headline's distance label.
pub const JUDGE_FRECHET: &str = "Distancia de Fréchet";
/// Classes covered.
pub const JUDGE_COVERED: &str = "clases cubiertas";
/// After how many epochs.
pub const JUDGE_AFTER_EPOCHS: &str = "tras la época";
/// This model's mark on the scale.
pub const JUDGE_THIS: &str = "este modelo";
/// The floor's mark.
pub const JUDGE_FLOOR: &str = "imágenes reales";
/// The noisy reference's mark.
pub const JUDGE_NOISY: &str = "reales con ruido";
/// The blurred reference's mark.
pub const JUDGE_BLURRED: &str = "reales borrosas";
/// The class table's caption, before the count.
pub const JUDGE_CLASSES_CAPTION: &str = "Qué clase ve el juez en";
/// After the count.
pub const JUDGE_IMAGES: &str = "imágenes";
/// The covered rule.
pub const JUDGE_CLASSES_RULE: &str =
    "(una clase cuenta como cubierta con al menos 2 %; las de menos, en gris)";
/// The history table's caption.
pub const JUDGE_HISTORY: &str = "Puntuación del juez en cada época";
/// The hint, before the count.
pub const JUDGE_HINT_1: &str = "El juez es un clasificador pequeño entrenado por este proyecto (cargo xtask pretrain judge). Mira";
/// The hint, after the count.
pub const JUDGE_HINT_2: &str = "imágenes generadas desde codificaciones fijas, redondeadas a 8 bits, y compara sus rasgos de la penúltima capa con los de 2000 imágenes reales de prueba: cuanto menor la distancia, más se parecen — en cómo son y en cuánto varían. Muchas clases cubiertas y un KL cercano a 0 indican variedad; pocas clases, colapso de modos.";
/// The judge's accuracy, before the number.
pub const JUDGE_ACCURACY: &str = "Exactitud del juez en las 10 000 imágenes de prueba:";
/// The VAE's score button.
pub const JUDGE_SCORE_VAE: &str = "Calificar 2000 muestras con el juez";
/// The VAE's score section title.
pub const JUDGE_VAE_TITLE: &str = "El juez califica las muestras del VAE";
/// The VAE's score hint.
pub const JUDGE_VAE_HINT: &str = "La misma escala califica la GAN densa en la diapositiva 1.33: así se comparan un VAE y una GAN.";
/// The dense GAN's score section title.
pub const JUDGE_GAN_TITLE: &str = "El juez: ¿qué tan buenas son las imágenes?";
/// While the judge works.
pub const JUDGE_SCORING: &str = "El juez está mirando…";

// Slide 1.33's jump ahead.
/// The button, before the epochs.
pub const GAN_JUMP: &str = "Saltar al final: cargar la GAN de la clase tras";
/// The button, after the epochs.
pub const GAN_JUMP_EPOCHS: &str = "épocas";
/// While fetching.
pub const GAN_JUMP_FETCHING: &str = "Descargando el punto de control…";
/// The confirmation.
pub const GAN_JUMP_CONFIRM: &str = "Esto reemplaza el entrenamiento en pantalla por el punto de control. Para conservar el tuyo, pulsa antes «Guardar».";
/// Confirm.
pub const GAN_JUMP_YES: &str = "Reemplazarlo";
/// Cancel.
pub const GAN_JUMP_NO: &str = "Cancelar";
/// The shipped run's label.
pub const GAN_SHIPPED: &str = "Punto de control preentrenado:";
/// What it is, after the epochs.
pub const GAN_SHIPPED_WHAT: &str = "épocas del entrenamiento de la clase (RMSprop, lote 32, semilla 42), hechas por el propio entrenador de este sitio en CPU con";
/// Not yours.
pub const GAN_SHIPPED_YOURS: &str =
    "No es tu entrenamiento: «Empezar» entrena uno nuevo desde cero.";
/// Fetch failed.
pub const GAN_JUMP_MISSING: &str = "No se pudo descargar el punto de control";
/// Nothing lost.
pub const GAN_JUMP_KEPT: &str = "Tu entrenamiento sigue como estaba.";

// Slides 1.29–1.32's labs.
/// Before a run.
pub const GAN_NEEDS_RUN: &str = "Este laboratorio usa el GAN de tu entrenamiento de la diapositiva 1.33. Entrena allí unos segundos, o carga aquí el de la clase tras 50 épocas:";
/// 1.29's title.
pub const GAN_GENERATOR_TITLE: &str =
    "Laboratorio: el generador convierte una codificación en una imagen";
/// The coding chart's label.
pub const GAN_CODING_LABEL: &str = "las 30 componentes de la codificación";
/// The coding chart's caption.
pub const GAN_CODING_CAPTION: &str = "Codificación z: 30 números de N(0, 1)";
/// The image's label.
pub const GAN_GENERATED_LABEL: &str = "la imagen que el generador hace de z";
/// Its caption.
pub const GAN_GENERATED_AFTER: &str = "G(z), generador tras la época";
/// The button.
pub const GAN_NEW_CODING: &str = "Nueva codificación";
/// The walk's title.
pub const GAN_WALK: &str = "Caminar entre dos codificaciones";
/// The walk's row label.
pub const GAN_WALK_ROW: &str = "de z a otra z′";
/// The walk's hint.
pub const GAN_WALK_HINT: &str = "Ocho pasos en línea recta de la codificación de arriba a otra al azar: si el generador aprendió algo, la prenda cambia poco a poco, sin saltos.";
/// Summary columns.
pub const GAN_LAYER: &str = "capa";
/// Summary columns.
pub const GAN_SHAPE: &str = "entradas → salidas";
/// Summary columns.
pub const GAN_PARAMS_COL: &str = "parámetros";
/// Summary total.
pub const GAN_TOTAL: &str = "Total (entradas × salidas + sesgos)";
/// Network names.
pub const GAN_GENERATOR_NAME: &str = "Generador";
/// Network names.
pub const GAN_DISCRIMINATOR_NAME: &str = "Discriminador";
/// The engine's own counts.
pub const GAN_ENGINE_COUNTS: &str = "Contados por el motor en tu corrida:";
/// 1.30's title.
pub const GAN_VERDICTS_TITLE: &str =
    "Laboratorio: el discriminador juzga imágenes reales y generadas";
/// Reals row.
pub const GAN_VERDICTS_REALS: &str = "Imágenes reales (de validación: D nunca las vio)";
/// Fakes row.
pub const GAN_VERDICTS_FAKES: &str = "Imágenes del generador (codificaciones fijas)";
/// Counters.
pub const GAN_VERDICTS_AT: &str = "Tras la época";
/// Counters.
pub const GAN_VERDICTS_MEAN_REAL: &str = "D(x) medio";
/// Counters.
pub const GAN_VERDICTS_MEAN_FAKE: &str = "D(G(z)) medio";
/// Refresh.
pub const GAN_VERDICTS_REFRESH: &str = "Volver a juzgar";
/// Hint.
pub const GAN_VERDICTS_LAB_HINT: &str = "Cada número es la probabilidad que D da a «es real» (la barra la dibuja). Mientras el entrenamiento de 1.33 avanza, la tira se actualiza sola cada pocos segundos: al principio D separa bien las dos filas; cuando G mejora, las dos se acercan a 0.5.";
/// 1.31 RMSprop title.
pub const GAN_RMSPROP_TITLE: &str = "Laboratorio: RMSprop sobre un solo peso, paso a paso";
/// Start weight.
pub const GAN_RMSPROP_START: &str = "Peso inicial w₀";
/// Learning rate.
pub const GAN_RMSPROP_LR: &str = "Tasa de aprendizaje";
/// Buttons.
pub const GAN_RMSPROP_STEP: &str = "Un paso";
/// Buttons.
pub const GAN_RMSPROP_FIVE: &str = "Cinco pasos";
/// Keras column.
pub const GAN_RMSPROP_KERAS: &str = "w de Keras 2.21";
/// Hint.
pub const GAN_RMSPROP_HINT: &str = "La pérdida es w³ (la de la referencia de Keras), así que g = 3w². RMSprop divide cada gradiente por la raíz de su media cuadrática v (con ρ = 0.9): el paso mide casi lo mismo, lr/√0.1 ≈ 0.0032, sea el gradiente grande o chico. ε = 1e-7 va dentro de la raíz, como en Keras 2. La última columna son los pesos que dio Keras con el mismo punto de partida (pasos 1, 3 y 5).";
/// 1.31 buffer title.
pub const GAN_BUFFER_TITLE: &str = "Laboratorio: shuffle(1000) en pequeño";
/// Buffer size.
pub const GAN_BUFFER_SIZE: &str = "Tamaño del búfer (con 20 imágenes)";
/// Again.
pub const GAN_BUFFER_AGAIN: &str = "Otra época";
/// Epoch.
pub const GAN_BUFFER_EPOCH: &str = "época";
/// Full shuffle.
pub const GAN_BUFFER_FULL: &str = "Una permutación completa, para comparar";
/// Chip titles.
pub const GAN_BUFFER_IMAGE: &str = "imagen";
/// Chip titles.
pub const GAN_BUFFER_POSITION: &str = "sale en el lugar";
/// Hint.
pub const GAN_BUFFER_HINT: &str = "El búfer guarda las siguientes imágenes en orden; cada vez sale una al azar de él y entra la siguiente. Cada imagen sale una vez por época, pero ninguna puede salir antes de su lugar menos el tamaño del búfer: con un búfer chico, el orden cambia solo localmente (el color marca cuánto se movió cada una). Con 1 no se baraja nada; con 20 (todo) es una permutación completa. El curso usa 1 000 sobre 55 000 imágenes que ya vienen mezcladas.";
/// 1.31 frozen title.
pub const GAN_FROZEN_TITLE: &str = "Laboratorio: discriminator.trainable = False, a la vista";
/// 1.32 title.
pub const GAN_STEP_TITLE: &str = "Laboratorio: el ciclo de entrenamiento, fase por fase";
/// Session: copy.
pub const GAN_STEP_COPY: &str =
    "Paso a paso sobre una copia de tu entrenamiento (el original no cambia)";
/// Session: fresh.
pub const GAN_STEP_FRESH: &str = "Paso a paso sobre un GAN nuevo con la configuración de la clase (aún no tienes un entrenamiento en 1.33)";
/// Session counters.
pub const GAN_STEP_NEXT_EPOCH: &str = "época";
/// Session counters.
pub const GAN_STEP_NEXT_STEP: &str = "paso";
/// Buttons.
pub const GAN_PHASE_1: &str = "Fase 1";
/// Buttons.
pub const GAN_PHASE_2: &str = "Fase 2";
/// Buttons.
pub const GAN_STEP_AGAIN: &str = "Copiar otra vez";
/// Phase 1 heading.
pub const GAN_PHASE_1_DONE: &str = "Fase 1: D aprende con 32 falsas (y1 = 0) y 32 reales (y1 = 1)";
/// Phase 1 hint.
pub const GAN_PHASE_1_HINT: &str = "Debajo de cada imagen: su objetivo y1 y la salida de D antes → después de su actualización. Las falsas deberían bajar y las reales subir.";
/// Phase 2 heading.
pub const GAN_PHASE_2_DONE: &str = "Fase 2: G aprende a engañar a D (y2 = 1), con D fijo";
/// Phase 2 hint.
pub const GAN_PHASE_2_HINT: &str = "32 falsas de ruido nuevo, todas con objetivo 1. Debajo: la salida de D antes → después de actualizar G (mismo ruido): D no cambió, pero las imágenes sí, y D las cree algo más reales.";
/// Fingerprints.
pub const GAN_FP_CAPTION: &str =
    "Huella de todos los pesos de cada red antes y después de la última fase";
/// Fingerprints.
pub const GAN_FP_NETWORK: &str = "red";
/// Fingerprints.
pub const GAN_FP_BEFORE: &str = "antes";
/// Fingerprints.
pub const GAN_FP_AFTER: &str = "después";
/// Fingerprints.
pub const GAN_FP_SAME: &str = "igual: no se entrenó";
/// Fingerprints.
pub const GAN_FP_CHANGED: &str = "cambió";
/// 1.32 hint.
pub const GAN_STEP_HINT: &str = "Cada botón ejecuta las líneas resaltadas del ciclo de la diapositiva, sobre el siguiente lote de los datos. Dos fases hacen un paso; 1 718 pasos, una época.";
/// 1.31 hint.
pub const GAN_FROZEN_HINT: &str = "La huella es un código de 8 cifras calculado con todos los pesos de la red: cambia si cualquier peso cambia. La fase 1 cambia la de D y deja la de G; la fase 2 cambia la de G y deja la de D — eso es trainable = False.";

/// DCGAN training lab title (slide 1.34).
pub const DCGAN_TRAIN_TITLE: &str = "Laboratorio: entrenar la DCGAN de Géron en Fashion-MNIST";
/// DCGAN settings hint.
pub const DCGAN_SETTINGS_HINT: &str = "Los valores de Géron: lotes de 32, RMSprop con tasa 0.001 para las dos redes, imágenes escaladas a [−1, 1]. Dos épocas (3 436 pasos) bastan para ver prendas reconocibles; es la referencia de Keras con la que el juez la compara. Los ajustes nuevos se aplican al empezar o reiniciar.";
/// DCGAN switches legend.
pub const DCGAN_SWITCHES: &str = "Las pautas de la DCGAN, una por interruptor";
/// Switch: transposed convolutions in G.
pub const DCGAN_G_TRANSPOSED: &str =
    "G: convoluciones transpuestas con paso 2 (si no: sobremuestreo ×2 y convolución)";
/// Switch: strided convolutions in D.
pub const DCGAN_D_STRIDED: &str = "D: convoluciones con paso 2 (si no: paso 1 y max-pooling)";
/// Switch: batch normalisation in G.
pub const DCGAN_G_BN: &str = "G: normalización por lotes";
/// Switch: batch normalisation in D.
pub const DCGAN_D_BN: &str = "D: normalización por lotes tras la segunda convolución (Géron no la usa: el entrenamiento era inestable; pone dropout)";
/// Switch: ReLU in G.
pub const DCGAN_G_RELU: &str =
    "G: ReLU en las capas ocultas (si no: ReLU con fuga); la salida siempre es tanh";
/// Switch: leaky ReLU in D.
pub const DCGAN_D_LEAKY: &str = "D: ReLU con fuga 0.2 (si no: ReLU)";
/// Switch: no dense hidden layers.
pub const DCGAN_NO_DENSE: &str = "Sin capas densas ocultas (si no: una Dense de 128 en cada red)";
/// Switch: dropout in D.
pub const DCGAN_DROPOUT: &str = "D: dropout 0.4 tras cada convolución (la elección de Géron)";
/// The switches are Géron's.
pub const DCGAN_IS_GERON: &str =
    "Así es la DCGAN de Géron: 840 705 parámetros en G y 212 865 en D.";
/// The switches differ from Géron's.
pub const DCGAN_IS_VARIANT: &str =
    "Una variante: se aplica al empezar o reiniciar (la arquitectura, abajo, ya la muestra).";
/// Button: back to Géron's switches.
pub const DCGAN_BACK_TO_GERON: &str = "Volver a la DCGAN de Géron";

/// DCGAN architecture lab title.
pub const DCGAN_ARCH_TITLE: &str = "La arquitectura, leída del modelo";
/// Generator table caption.
pub const DCGAN_ARCH_G: &str = "Generador";
/// Discriminator table caption.
pub const DCGAN_ARCH_D: &str = "Discriminador";
/// Column: layer.
pub const DCGAN_ARCH_LAYER: &str = "Capa";
/// Column: detail.
pub const DCGAN_ARCH_DETAIL: &str = "Detalle";
/// Column: output shape.
pub const DCGAN_ARCH_SHAPE: &str = "Forma de salida";
/// Column: parameters.
pub const DCGAN_ARCH_PARAMS: &str = "Parámetros";
/// Footer: total.
pub const DCGAN_ARCH_TOTAL: &str = "Total";
/// Before the engine answered.
pub const DCGAN_ARCH_WAITING: &str = "Construyendo las dos redes…";
/// Architecture hint.
pub const DCGAN_ARCH_HINT: &str = "El motor construye las dos redes con los interruptores tal como están y pasa un ejemplo por cada capa, como el summary() de Keras: forma de salida (filas, columnas, canales; None es el lote) y parámetros. Las medias y varianzas móviles de la normalización por lotes cuentan como parámetros no entrenables, igual que en Keras. Cambia un interruptor y la tabla cambia.";

/// Experiments lab title.
pub const DCGAN_EXP_TITLE: &str = "Laboratorio: experimentos cortos con las pautas";
/// Experiments hint.
pub const DCGAN_EXP_HINT: &str = "Una ejecución corta hace una sola pasada sobre 10 000 imágenes (312 pasos de 32) con los interruptores como estén y el resto de los valores de Géron. Al terminar, el juez la puntúa y queda como una fila: la DCGAN de Géron y sus variantes, lado a lado. Corre en el laboratorio de entrenamiento de arriba (allí se ve su progreso) y las filas se guardan en este navegador.";
/// Button: small run.
pub const DCGAN_EXP_RUN: &str = "Ejecución corta (10 000 imágenes)";
/// Button while a small run trains.
pub const DCGAN_EXP_RUNNING: &str = "Ejecución corta en curso…";
/// Label before the current switches.
pub const DCGAN_EXP_SWITCHES_NOW: &str = "Interruptores ahora";
/// No rows yet.
pub const DCGAN_EXP_EMPTY: &str = "Aún no hay filas: lanza una ejecución corta.";
/// The rows could not be kept.
pub const DCGAN_EXP_UNSAVED: &str = "El navegador no dejó guardar la tabla (almacenamiento lleno o desactivado): las filas siguen aquí hasta que cierres la pestaña.";
/// Button: clear the table.
pub const DCGAN_EXP_CLEAR: &str = "Vaciar la tabla";
/// Column: switches.
pub const DCGAN_EXP_COL_SWITCHES: &str = "Cambios respecto a Géron";
/// Column: parameters.
pub const DCGAN_EXP_COL_PARAMS: &str = "Parámetros G / D";
/// Column: final losses.
pub const DCGAN_EXP_COL_LOSSES: &str = "Pérdida final D / G";
/// Column: judge.
pub const DCGAN_EXP_COL_SCORE: &str = "Juez: Fréchet · clases";
/// Column: images.
pub const DCGAN_EXP_COL_IMAGES: &str = "8 imágenes (codificaciones fijas)";
/// Géron's switches.
pub const DCGAN_EXP_GERON: &str = "ninguno (la de Géron)";
/// Difference: nearest upsampling.
pub const DCGAN_EXP_NEAREST: &str = "G: sobremuestreo + conv.";
/// Difference: pooling.
pub const DCGAN_EXP_POOLING: &str = "D: max-pooling";
/// Difference: no batch norm in G.
pub const DCGAN_EXP_G_NO_BN: &str = "G: sin BN";
/// Difference: batch norm in D.
pub const DCGAN_EXP_D_BN: &str = "D: con BN";
/// Difference: leaky ReLU in G.
pub const DCGAN_EXP_G_LEAKY: &str = "G: ReLU con fuga";
/// Difference: ReLU in D.
pub const DCGAN_EXP_D_RELU: &str = "D: ReLU";
/// Difference: dense hidden layers.
pub const DCGAN_EXP_DENSE: &str = "Dense 128 ocultas";
/// Difference: no dropout.
pub const DCGAN_EXP_NO_DROPOUT: &str = "D: sin dropout";

/// Maps lab title.
pub const DCGAN_MAPS_TITLE: &str = "Laboratorio: lo que hacen las convoluciones transpuestas";
/// Before a run exists.
pub const DCGAN_MAPS_NEEDS_RUN: &str = "Empieza o carga una ejecución en el laboratorio de entrenamiento: los mapas son los de su generador.";
/// Coding picker.
pub const DCGAN_MAPS_CODING: &str = "Codificación fija";
/// After epochs.
pub const DCGAN_MAPS_AFTER: &str = "épocas del generador:";
/// Small maps caption.
pub const DCGAN_MAPS_SMALL: &str = "7 × 7, un mapa por canal (Dense → Reshape → BatchNorm)";
/// Middle maps caption.
pub const DCGAN_MAPS_MIDDLE: &str =
    "14 × 14, un mapa por canal (1.ª convolución transpuesta, paso 2, ReLU)";
/// Image caption.
pub const DCGAN_MAPS_IMAGE: &str = "28 × 28: la imagen (2.ª convolución transpuesta, tanh)";
/// Maps hint.
pub const DCGAN_MAPS_HINT: &str = "Una convolución transpuesta de paso 2 reparte cada valor de sus mapas de entrada sobre una ventana de 5 × 5 de mapas el doble de grandes, pesado por su núcleo, y suma donde las ventanas se solapan: así 7 × 7 se vuelve 14 × 14 y luego 28 × 28. Cada capa se dibuja en su propia escala: más oscuro, mayor valor. Los mapas se vuelven a pedir al final de cada época (con el interruptor de sobremuestreo, la duplicación es repetir píxeles y luego convolucionar).";
/// What the shipped DCGAN is.
pub const DCGAN_SHIPPED_WHAT: &str = "épocas de la DCGAN de Géron (los interruptores de Géron, RMSprop, lote 32, semilla 42), hechas por el propio entrenador de este sitio en CPU con";
/// The skip link, first on every page.
pub const SKIP_TO_CONTENT: &str = "Saltar al contenido";
