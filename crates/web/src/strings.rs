//! Every interface string of the site, in Spanish (the lecture's language, the default) and in
//! English. Each entry names both: an entry without its English fails the build.

/// `name: "español", "English";` becomes `pub fn name() -> &'static str`, which answers in the
/// page's language (`crate::i18n`).
macro_rules! texts {
    ($( $(#[$doc:meta])* $name:ident: $es:literal, $en:literal; )*) => {
        $(
            $(#[$doc])*
            pub fn $name() -> &'static str {
                crate::i18n::pick($es, $en)
            }
        )*
    };
}

/// Families keep their own strings in their folder with the same macro.
pub(crate) use texts;

texts! {
    /// Site name.
    site: "Generativa", "Generativa";
    /// Subtitle under the site name.
    subtitle: "Semana 14 · Autoencoders y GAN", "Week 14 · Autoencoders and GANs";
    /// Table of contents heading.
    toc: "Índice", "Contents";
    /// Previous-page button.
    prev: "← Anterior", "← Previous";
    /// Next-page button.
    next: "Siguiente →", "Next →";
    /// Hint about keyboard navigation.
    keys_hint:
        "Usa las flechas ← y → del teclado para cambiar de sección.",
        "Use the ← and → arrow keys to move between sections.";
    /// Not-found page title.
    not_found_title: "Esa sección no existe", "That section does not exist";
    /// Not-found page text.
    not_found_text:
        "La dirección no corresponde a ninguna sección de la clase. Elige una del índice.",
        "This address does not match any section of the lecture. Pick one from the contents.";
    /// Link back to the start.
    back_home: "Ir a la agenda", "Go to the agenda";
    /// Menu button (small screens).
    menu: "Índice", "Contents";

    /// Badge while the engine loads.
    badge_loading: "Motor: cargando…", "Engine: loading…";
    /// Badge while the backend is being chosen.
    badge_choosing: "Motor: eligiendo backend…", "Engine: choosing a backend…";
    /// Badge when the engine failed.
    badge_failed: "Motor: no disponible", "Engine: unavailable";
    /// Badge: WebGPU.
    badge_webgpu: "WebGPU", "WebGPU";
    /// Badge: CPU.
    badge_cpu: "CPU", "CPU";
    /// Suffix when the choice was forced.
    forced: "forzado", "forced";

    /// Reason: forced CPU.
    why_forced: "se pidió la CPU (?backend=cpu)", "the CPU was requested (?backend=cpu)";
    /// Reason: forced CPU, remembered from an earlier address in this browser session.
    /// The data set loaded, but the browser would not keep a copy.
    data_not_kept:
        "Este navegador no dejó guardar una copia (almacenamiento lleno, desactivado o en modo privado): los datos quedan en memoria mientras la página esté abierta, y la próxima visita los descarga otra vez.",
        "This browser would not keep a copy (storage full, disabled or private): the data stay in memory while the page is open, and the next visit downloads them again.";
    /// Reason: forced CPU, remembered from an earlier address in this browser session.
    why_forced_remembered:
        "se pidió la CPU con ?backend=cpu antes en esta sesión del navegador (?backend=auto lo olvida)",
        "the CPU was requested with ?backend=cpu earlier in this browser session (?backend=auto forgets it)";
    /// Badge suffix when WebGPU was asked for and the engine is on the CPU.
    asked_webgpu: "se pidió WebGPU", "WebGPU was requested";
    /// Badge suffix after the engine lost its GPU and restarted on the CPU.
    gpu_lost: "se perdió la GPU", "the GPU was lost";
    /// Reason: the GPU was lost.
    why_gpu_lost:
        "se perdió la GPU durante esta visita y el motor siguió en la CPU (recarga la página para volver a probar WebGPU)",
        "the GPU was lost during this visit and the engine went on on the CPU (reload the page to try WebGPU again)";
    /// Reason: no navigator.gpu.
    why_no_gpu_api:
        "este navegador no ofrece WebGPU (no hay navigator.gpu)",
        "this browser does not offer WebGPU (there is no navigator.gpu)";
    /// Reason: no adapter.
    why_no_adapter: "WebGPU no encontró ningún adaptador", "WebGPU found no adapter";
    /// Reason: software adapter.
    why_software: "solo hay un adaptador por software", "there is only a software adapter";
    /// Why a software adapter means CPU.
    why_software_detail:
        "en un adaptador por software (como SwiftShader) el backend de CPU resultó unas 20 veces más rápido (el VAE de la clase: ~11 ms por paso frente a ~220 ms)",
        "on a software adapter (such as SwiftShader) the CPU backend turned out to be about 20 times faster (the lecture's VAE: ~11 ms per step versus ~220 ms)";
    /// Reason: device request failed.
    why_device_failed:
        "falló la petición del dispositivo WebGPU",
        "the WebGPU device request failed";

    /// Engine download label.
    engine_downloading: "Descargando el motor de entrenamiento", "Downloading the training engine";
    /// Engine compile label.
    engine_starting: "Iniciando el motor…", "Starting the engine…";
    /// Engine failure.
    engine_failed:
        "El motor de entrenamiento no pudo iniciar",
        "The training engine could not start";
    /// Note that text does not wait for the engine.
    engine_text_first:
        "El texto de la clase ya está disponible; el motor se carga aparte.",
        "The lecture text is already available; the engine loads separately.";

    /// Diagnostics page title.
    diag_title: "Diagnóstico del motor", "Engine diagnostics";
    /// Diagnostics intro.
    diag_intro:
        "Al arrancar, el motor hace una cuenta pequeña con respuesta conocida en el backend elegido: el producto de matrices de las capas densas y sus dos gradientes por retropropagación (respecto de los pesos y de la entrada). Si coincide, el backend calcula bien. También ejecuta la convolución y la convolución transpuesta de la DCGAN (relleno \"same\", con sus gradientes) y las compara con las de la CPU: en WebGPU son kernels propios del proyecto.",
        "On startup, the engine runs a small computation with a known answer on the chosen backend: the matrix product of the dense layers and its two gradients by backpropagation (with respect to the weights and to the input). If it matches, the backend computes correctly. It also runs the DCGAN's convolution and transposed convolution (\"same\" padding, with their gradients) and compares them with the CPU's: on WebGPU they are the project's own kernels.";
    /// Convolutions' gap label.
    diag_convolutions:
        "convoluciones (diferencia relativa máxima con la CPU)",
        "convolutions (largest relative gap from the CPU)";
    /// Backend heading.
    diag_backend: "Backend", "Backend";
    /// Computation heading.
    diag_computation: "Cálculo de prueba", "Test computation";
    /// Result ok.
    diag_ok: "correcto", "correct";
    /// Result wrong.
    diag_wrong: "INCORRECTO", "WRONG";
    /// Waiting for the computation.
    diag_running:
        "calculando… (en WebGPU la primera vez se compilan los kernels)",
        "computing… (on WebGPU the kernels are compiled the first time)";
    /// How to force a backend.
    diag_force:
        "Forzar backend para esta sesión del navegador:",
        "Force a backend for this browser session:";
    /// Auto option.
    diag_auto: "automático", "automatic";
    /// Adapter label.
    diag_adapter: "Adaptador WebGPU", "WebGPU adapter";
    /// Requested label.
    diag_requested: "Pedido", "Requested";
    /// Expected label.
    diag_expected: "esperado", "expected";
    /// Time label.
    diag_time: "tiempo", "time";

    /// Data panel title.
    data_title: "Datos: Fashion-MNIST", "Data: Fashion-MNIST";
    /// Data panel intro.
    data_intro:
        "70 000 imágenes de ropa de 28 × 28 píxeles en escala de grises (60 000 de entrenamiento y 10 000 de prueba). Se descargan de este mismo sitio, se descomprimen y se verifican con SHA-256 dentro del navegador, y quedan guardadas para la próxima visita.",
        "70,000 greyscale images of clothing, 28 × 28 pixels (60,000 for training and 10,000 for testing). They are downloaded from this same site, decompressed and verified with SHA-256 inside the browser, and kept for your next visit.";
    /// Load button.
    data_load: "Cargar Fashion-MNIST", "Load Fashion-MNIST";
    /// Retry button.
    data_retry: "Reintentar", "Retry";
    /// Forget button.
    data_forget: "Borrar la copia guardada", "Delete the saved copy";
    /// Verifying.
    data_verifying:
        "Descomprimiendo y verificando (SHA-256)…",
        "Decompressing and verifying (SHA-256)…";
    /// Verified label.
    data_verified: "verificadas", "verified";
    /// From storage label.
    data_from_cache: "desde el almacenamiento del navegador", "from the browser's storage";
    /// From network label.
    data_from_network: "descargadas del sitio", "downloaded from the site";
    /// Failure prefix.
    data_failed: "No se pudieron cargar los datos", "The data could not be loaded";
    /// Forgotten.
    data_forgotten:
        "Copia guardada borrada; la próxima carga descargará de nuevo.",
        "Saved copy deleted; the next load will download it again.";
    /// Waiting for the engine.
    data_wait_engine: "Esperando al motor…", "Waiting for the engine…";
    /// Training images.
    data_train: "entrenamiento", "training";
    /// Test images.
    data_test: "prueba", "test";
    /// Images.
    data_images: "imágenes", "images";

    /// Footer.
    footer:
        "Generativa · Rust + WebAssembly (burn 0.22, Leptos 0.8). Todo se calcula en tu navegador.",
        "Generativa · Rust + WebAssembly (burn 0.22, Leptos 0.8). Everything is computed in your browser.";
    /// Engine status link.
    diag_link: "Diagnóstico", "Diagnostics";

    /// Pixel (editor, tables).
    toy_pixel: "Píxel", "Pixel";
    /// Pixel, short (diagram).
    toy_pixel_short: "x", "x";
    /// Preset: the slide's X.
    toy_preset_slide_x: "X de la diapositiva", "The slide's X";
    /// Preset: perfect X.
    toy_preset_x: "X perfecta", "Perfect X";
    /// Preset: O.
    toy_preset_o: "O", "O";
    /// Preset: noise.
    toy_preset_noise: "Ruido (1.13)", "Noise (1.13)";
    /// Preset: empty.
    toy_preset_empty: "Vaciar", "Clear";
    /// Brush level.
    toy_brush: "Pincel:", "Brush:";
    /// Editor hint.
    toy_editor_hint:
        "Haz clic o arrastra sobre la pantalla para pintar con el tono del pincel (1 = relleno, 0 = vacío). Con un píxel seleccionado, ↑ y ↓ lo cambian de 0.1 en 0.1.",
        "Click or drag over the screen to paint with the brush's shade (1 = filled, 0 = empty). With a pixel selected, ↑ and ↓ change it in steps of 0.1.";
    /// Diagram accessible label.
    toy_diagram_label:
        "La red: una arista por píxel; gruesa y continua si el peso es positivo, delgada y punteada si es negativo",
        "The network: one edge per pixel; thick and solid if the weight is positive, thin and dotted if it is negative";
    /// Legend: positive edge.
    toy_edge_positive: "peso positivo (gruesa)", "positive weight (thick)";
    /// Legend: negative edge.
    toy_edge_negative: "peso negativo (delgada)", "negative weight (thin)";

    /// Discriminator lab title.
    toy_disc_title: "Laboratorio: el discriminador a mano", "Lab: the discriminator by hand";
    /// Positive part.
    toy_positive: "Parte positiva (pesos +)", "Positive part (+ weights)";
    /// Negative part.
    toy_negative: "Parte negativa (pesos −)", "Negative part (− weights)";
    /// Bias.
    toy_bias: "Bias b (se resta)", "Bias b (subtracted)";
    /// Score.
    toy_score: "Puntaje", "Score";
    /// Verdict.
    toy_verdict: "Con el umbral", "With the threshold";
    /// Is an X.
    toy_is_x: "es una X", "it is an X";
    /// Not an X.
    toy_not_x: "no es una X", "it is not an X";
    /// Probability.
    toy_probability: "σ(puntaje)", "σ(score)";
    /// Bias field.
    toy_bias_field: "Bias b", "Bias b";
    /// Threshold field.
    toy_threshold_field: "Umbral", "Threshold";
    /// Weights hint.
    toy_weights_hint:
        "Los pesos, en la posición de su píxel. Cámbialos y mira cómo cambian el puntaje y las aristas.",
        "The weights, each in its pixel's position. Change them and watch the score and the edges change.";
    /// Restore the slides' weights.
    toy_slide_weights: "Volver a los pesos de la diapositiva", "Back to the slide's weights";

    /// Generator lab title.
    toy_gen_title: "Laboratorio: el generador a mano", "Lab: the generator by hand";
    /// Score column.
    toy_gen_score: "Puntaje", "Score";
    /// Pixel column.
    toy_gen_pixel: "σ → píxel", "σ → pixel";
    /// Many z heading.
    toy_gen_many_z: "La misma red con otras entradas z", "The same network with other inputs z";
    /// Always X.
    toy_gen_always_x:
        "Para cualquier z entre 0 y 1, las esquinas y el centro quedan más oscuros que los demás píxeles: esta red siempre dibuja una X.",
        "For any z between 0 and 1, the corners and the centre come out darker than the other pixels: this network always draws an X.";
    /// Not always X.
    toy_gen_not_always_x:
        "Con estos pesos hay z para las que algún píxel de fuera de la X queda más oscuro que uno de la X: no siempre dibuja una X.",
        "With these weights there are values of z for which some pixel outside the X comes out darker than one of the X: it does not always draw an X.";
    /// Darkest X pixel.
    toy_gen_darkest: "píxel de la X más claro:", "lightest X pixel:";
    /// Lightest other pixel.
    toy_gen_lightest: "píxel de fuera más oscuro:", "darkest pixel outside it:";
    /// The hand-made X is faint.
    toy_gen_faint:
        "Es una X tenue: los demás píxeles quedan cerca de 0.5. El GAN entrenado de 1.28 llega a X nítidas (esquinas y centro > 0.7, el resto < 0.3).",
        "It is a faint X: the other pixels stay close to 0.5. The trained GAN of 1.28 reaches sharp Xs (corners and centre > 0.7, the rest < 0.3).";
    /// Edit weights.
    toy_gen_edit: "Editar pesos u y bias v", "Edit weights u and biases v";
    /// Edit hint.
    toy_gen_edit_hint:
        "Cada píxel j tiene su peso uⱼ y su bias vⱼ: puntaje = uⱼ·z + vⱼ, píxel = σ(puntaje).",
        "Each pixel j has its weight uⱼ and its bias vⱼ: score = uⱼ·z + vⱼ, pixel = σ(score).";

    /// Loss lab title.
    toy_loss_title: "Laboratorio: las dos pérdidas", "Lab: the two losses";
    /// Discriminator loss on a fake.
    toy_loss_d: "Pérdida del discriminador", "Discriminator loss";
    /// Generator loss.
    toy_loss_g: "Pérdida del generador", "Generator loss";
    /// Curve: D.
    toy_loss_d_curve: "−ln(1 − D(G(z))): discriminador", "−ln(1 − D(G(z))): discriminator";
    /// Curve: G.
    toy_loss_g_curve: "−ln D(G(z)): generador", "−ln D(G(z)): generator";
    /// Marker.
    toy_loss_here: "valor elegido", "chosen value";
    /// Hint.
    toy_loss_hint:
        "Cuando el discriminador se deja engañar (D(G(z)) cerca de 1), su pérdida se dispara y la del generador baja a 0; cuando descubre la falsificación, pasa lo contrario. Por eso pelean.",
        "When the discriminator is fooled (D(G(z)) close to 1), its loss shoots up and the generator's drops to 0; when it spots the forgery, the opposite happens. That is why they fight.";

    /// Training lab title.
    toy_train_title:
        "Laboratorio: entrenar el GAN de 3 × 3 con retropropagación",
        "Lab: training the 3 × 3 GAN with backpropagation";
    /// Training intro.
    toy_train_intro:
        "Las dos redes empiezan con pesos aleatorios. Un paso D entrena al discriminador con X reales y con las imágenes del generador; un paso G entrena al generador a través del discriminador, sin tocar los pesos de este. Una ronda es un paso de cada uno.",
        "Both networks start with random weights. A D step trains the discriminator on real Xs and on the generator's images; a G step trains the generator through the discriminator, without touching the discriminator's weights. A round is one step of each.";
    /// Waiting for the engine.
    toy_wait_engine: "Esperando al motor de entrenamiento…", "Waiting for the training engine…";
    /// Train.
    toy_train: "Entrenar", "Train";
    /// Pause.
    pause: "Pausar", "Pause";
    /// D step.
    toy_d_step: "Paso D", "D step";
    /// G step.
    toy_g_step: "Paso G", "G step";
    /// Round.
    toy_round: "Una ronda", "One round";
    /// Reset.
    toy_reset: "Reiniciar", "Reset";
    /// Rounds.
    toy_rounds: "Rondas", "Rounds";
    /// D steps.
    toy_d_steps: "pasos D", "D steps";
    /// G steps.
    toy_g_steps: "pasos G", "G steps";
    /// Settings.
    toy_settings:
        "Ajustes (tasa de aprendizaje, semilla, rondas, X y O)",
        "Settings (learning rate, seed, rounds, X and O)";
    /// Learning rate.
    toy_lr: "Tasa de aprendizaje (Adam)", "Learning rate (Adam)";
    /// Seed.
    toy_seed: "Semilla", "Seed";
    /// Target rounds.
    toy_target: "Rondas al entrenar", "Rounds when training";
    /// With O.
    toy_with_o: "Datos reales con X y O (dos modos)", "Real data with X and O (two modes)";
    /// Pending settings.
    toy_pending:
        "Los ajustes nuevos se aplican al pulsar «Reiniciar».",
        "New settings take effect when you press “Reset”.";
    /// D loss.
    toy_d_loss: "Pérdida D", "D loss";
    /// G loss.
    toy_g_loss: "Pérdida G", "G loss";
    /// Pictures heading.
    toy_pictures:
        "Lo que dibuja el generador para cinco z fijas",
        "What the generator draws for five fixed z";
    /// Draws X.
    toy_draws_x:
        "¡El generador ya dibuja X para las cinco z!",
        "The generator now draws an X for all five z!";
    /// Not yet.
    toy_not_yet_x:
        "Todavía no son X (esquinas y centro > 0.7, el resto < 0.3).",
        "They are not Xs yet (corners and centre > 0.7, the rest < 0.3).";
    /// Mode collapse note.
    toy_mode_collapse:
        "Con X y O los datos reales tienen dos modos. Este generador de un solo número z suele quedarse con uno de los dos, o con una mezcla: es el colapso de modos, uno de los problemas clásicos de las GAN.",
        "With X and O the real data has two modes. This generator, with a single number z, tends to settle on one of the two, or on a blend of them: this is mode collapse, one of the classic problems of GANs.";
    /// Losses chart.
    toy_losses: "Pérdidas", "Losses";
    /// Verdicts chart.
    toy_verdicts: "Lo que dice el discriminador", "What the discriminator says";
    /// Step axis.
    toy_step_axis: "paso de cada red", "step of each network";
    /// Generator heading.
    toy_generator: "Generador (pesos u)", "Generator (weights u)";
    /// Discriminator heading.
    toy_discriminator: "Discriminador (pesos w)", "Discriminator (weights w)";
    /// Sigmoid lab title.
    toy_sigmoid_title: "Laboratorio: la sigmoide", "Lab: the sigmoid";
    /// Equilibrium hint.
    toy_equilibrium:
        "Cuando el generador ya dibuja X, D(x) y D(G(z)) rondan 0.5: el discriminador ya no distingue las X reales de las generadas. Es el equilibrio del juego; si sigues entrenando, las redes siguen empujándose y la curva oscila.",
        "Once the generator draws Xs, D(x) and D(G(z)) hover around 0.5: the discriminator can no longer tell the real Xs from the generated ones. This is the game's equilibrium; if you keep training, the networks keep pushing each other and the curve oscillates.";
    /// Generator diagram hint.
    toy_generator_hint:
        "Los píxeles de la derecha son G(0.5).",
        "The pixels on the right are G(0.5).";

    /// Summary title.
    vae_summary_title: "summary()", "summary()";
    /// Summary waiting.
    vae_summary_wait:
        "Esperando al motor para construir el modelo…",
        "Waiting for the engine to build the model…";
    /// Layer column.
    vae_layer: "Capa", "Layer";
    /// Output column.
    vae_output: "Forma de salida", "Output shape";
    /// Params column.
    vae_params: "Parámetros", "Parameters";
    /// Params short.
    vae_params_short: "parám.", "params";
    /// Total params.
    vae_total_params: "Parámetros entrenables", "Trainable parameters";
    /// Step loss series.
    vae_step_loss: "pérdida del lote", "batch loss";
    /// Train loss.
    vae_train_loss: "entrenamiento", "training";
    /// Validation loss.
    vae_valid_loss: "validación", "validation";
    /// Per step heading.
    vae_per_step: "Pérdida por paso", "Loss per step";
    /// Per epoch heading.
    vae_per_epoch: "Pérdida por época", "Loss per epoch";
    /// Epoch axis.
    vae_epoch_axis: "época", "epoch";
    /// Reconstruction part.
    vae_recon_part: "reconstrucción (MSE)", "reconstruction (MSE)";
    /// Latent part.
    vae_latent_part: "pérdida latente / 784", "latent loss / 784";
    /// Parts title.
    vae_parts_title:
        "Las dos partes del costo durante el entrenamiento",
        "The two parts of the cost during training";
    /// Parts hint.
    vae_parts_hint:
        "La reconstrucción baja rápido; la pérdida latente primero sube (el encoder aprende a usar sus codificaciones) y luego se estabiliza: las dos partes tiran en sentidos opuestos.",
        "The reconstruction drops quickly; the latent loss first rises (the encoder learns to use its codings) and then levels off: the two parts pull in opposite directions.";
    /// Train first.
    vae_train_first:
        "Entrena el autoencoder en la página 1.10 (¡A entrenar!) para ver esto con tu propio modelo.",
        "Train the autoencoder on page 1.10 (Let's train!) to see this with your own model.";
    /// KL lab title.
    vae_kl_title:
        "Laboratorio: la pérdida latente de una codificación",
        "Lab: the latent loss of one coding";
    /// KL curve.
    vae_kl_curve: "pérdida latente según σ, con", "latent loss as a function of σ, with";
    /// KL marker.
    vae_kl_here: "σ elegida", "chosen σ";
    /// With sigma.
    vae_kl_with_sigma: "Con σ (1.4)", "With σ (1.4)";
    /// With gamma.
    vae_kl_with_gamma: "Con γ (1.5)", "With γ (1.5)";
    /// KL hint.
    vae_kl_hint:
        "Las dos fórmulas dan lo mismo porque σ² = exp(γ). La pérdida es 0 solo con μ = 0 y σ = 1: empuja cada codificación hacia una gaussiana estándar. Mover μ lejos de 0 o σ lejos de 1 la hace crecer.",
        "Both formulas give the same result because σ² = exp(γ). The loss is 0 only when μ = 0 and σ = 1: it pushes each coding towards a standard Gaussian. Moving μ away from 0 or σ away from 1 makes it grow.";
    /// Sampling title.
    vae_sampling_title:
        "Laboratorio: la capa de muestreo, en el motor",
        "Lab: the sampling layer, in the engine";
    /// Draw one.
    vae_draw_one: "Muestrear un ε", "Sample one ε";
    /// Draw many.
    vae_draw_many: "Muestrear", "Sample";
    /// Draws.
    vae_draws: "muestras", "samples";
    /// Mean.
    vae_mean: "media", "mean";
    /// Expected.
    vae_expected: "esperada", "expected";
    /// SD.
    vae_sd: "desviación estándar", "standard deviation";
    /// Map title.
    vae_map_title:
        "Laboratorio: el espacio latente y nuevas imágenes",
        "Lab: the latent space and new images";
    /// Map caption.
    vae_map_caption:
        "Medias μ de 1 000 imágenes de validación, proyectadas en sus dos componentes principales. Épocas completadas:",
        "Means μ of 1,000 validation images, projected onto their two principal components. Epochs completed:";
    /// New images.
    vae_new_images:
        "Imágenes nuevas, decodificadas de z ~ N(0, I)",
        "New images, decoded from z ~ N(0, I)";
    /// Generate.
    vae_generate: "Generar otras", "Generate more";
    /// Generate hint.
    vae_generate_hint:
        "Cada imagen sale de una codificación aleatoria de una gaussiana estándar, decodificada por el decoder: así genera un autoencoder variacional.",
        "Each image comes from a random coding drawn from a standard Gaussian and decoded by the decoder: this is how a variational autoencoder generates.";
    /// Twice title.
    vae_twice_title:
        "Laboratorio: la misma imagen, codificada dos veces",
        "Lab: the same image, encoded twice";
    /// Twice button.
    vae_twice_button: "Codificar dos veces", "Encode twice";
    /// Other image.
    vae_twice_other: "Otra imagen", "Another image";
    /// Original.
    vae_original: "Imagen original", "Original image";
    /// Validation image.
    vae_validation_image: "Imagen de validación", "Validation image";
    /// Reconstruction.
    vae_reconstruction: "Reconstrucción", "Reconstruction";
    /// Decoded.
    vae_decoded: "decodificada de", "decoded from";
    /// Twice hint.
    vae_twice_hint:
        "El encoder da la misma μ y la misma σ las dos veces, pero la codificación z se muestrea: sale distinta, y también su reconstrucción. Eso es ser probabilístico.",
        "The encoder gives the same μ and the same σ both times, but the coding z is sampled: it comes out different, and so does its reconstruction. That is what being probabilistic means.";
    /// Arch title.
    vae_arch_title:
        "La arquitectura del modelo que entrena en esta página",
        "The architecture of the model that trains on this page";
    /// Encoder.
    vae_encoder: "encoder", "encoder";
    /// Decoder.
    vae_decoder: "decoder", "decoder";
    /// Arch caption.
    vae_arch_caption:
        "Dibujada a partir del modelo de burn que corre en el motor. Parámetros entrenables en total:",
        "Drawn from the burn model running in the engine. Total trainable parameters:";
    /// Training title.
    vae_train_title:
        "Laboratorio: entrenar el autoencoder variacional en Fashion-MNIST",
        "Lab: training the variational autoencoder on Fashion-MNIST";
    /// Settings.
    vae_settings:
        "Ajustes (épocas, lote, tasa de aprendizaje, optimizador, pérdida, semilla)",
        "Settings (epochs, batch, learning rate, optimizer, loss, seed)";
    /// Epochs.
    vae_epochs: "Épocas", "Epochs";
    /// Batch.
    vae_batch: "Tamaño del lote", "Batch size";
    /// LR.
    vae_lr: "Tasa de aprendizaje", "Learning rate";
    /// Seed.
    vae_seed: "Semilla", "Seed";
    /// Optimizer.
    vae_optimizer: "Optimizador", "Optimizer";
    /// Recon loss.
    vae_recon_loss: "Pérdida de reconstrucción", "Reconstruction loss";
    /// MSE.
    vae_mse: "MSE (error cuadrático medio)", "MSE (mean squared error)";
    /// BCE.
    vae_bce: "Entropía cruzada binaria", "Binary cross-entropy";
    /// Settings hint.
    vae_settings_hint:
        "Los valores de la clase: 25 épocas, lotes de 128, Nadam con tasa 0.001 y MSE. Los ajustes nuevos se aplican al empezar o reiniciar.",
        "The lecture's values: 25 epochs, batches of 128, Nadam with learning rate 0.001 and MSE. New settings take effect when you start or reset.";
    /// Start.
    vae_start: "Empezar a entrenar", "Start training";
    /// Starting.
    vae_starting: "Preparando…", "Preparing…";
    /// Resume.
    vae_resume: "Continuar", "Resume";
    /// Reset.
    vae_reset: "Reiniciar", "Reset";
    /// Finished.
    vae_finished: "Entrenamiento terminado.", "Training finished.";
    /// Compiling.
    vae_compiling:
        "Compilando los kernels de WebGPU: el primer paso tarda unos segundos más.",
        "Compiling the WebGPU kernels: the first step takes a few seconds longer.";
    /// Epoch.
    vae_epoch: "Época", "Epoch";
    /// Step.
    vae_step: "paso", "step";
    /// Step short.
    vae_step_short: "paso", "step";
    /// Steps per second.
    vae_steps_per_s: "pasos/s", "steps/s";
    /// Elapsed.
    vae_elapsed: "transcurrido", "elapsed";
    /// Time left.
    vae_time_left: "faltan", "time left";
    /// Last loss.
    vae_last_loss: "última pérdida", "last loss";
    /// Originals.
    vae_originals: "originales", "originals";
    /// Reconstructions.
    vae_reconstructions: "reconstrucciones", "reconstructions";
    /// Pictures hint.
    vae_pictures_hint:
        "Las imágenes se redibujan al final de cada época: las mismas imágenes de validación y las mismas codificaciones aleatorias, para que veas cómo mejora el modelo.",
        "The images are redrawn at the end of each epoch: the same validation images and the same random codings, so you can see the model improve.";
    /// Rust caption.
    rust_caption:
        "Rust · el código que entrena en esta página",
        "Rust · the code that trains on this page";
    /// Engine memory.
    vae_memory: "memoria del motor", "engine memory";

    /// 1.1–1.3 before the data set is loaded.
    vae_pretrained_needs_data:
        "Con Fashion-MNIST cargado, esta diapositiva muestra el VAE de la clase ya entrenado.",
        "With Fashion-MNIST loaded, this slide shows the lecture's VAE already trained.";
    /// The label of the shipped model.
    vae_pretrained: "Modelo preentrenado:", "Pretrained model:";
    /// What it is (after the number of epochs).
    vae_pretrained_what:
        "épocas del VAE de la clase (Nadam, lote 128, semilla 42), entrenado por este mismo código con ",
        "epochs of the lecture's VAE (Nadam, batch 128, seed 42), trained by this very code with ";
    /// Whose it is not.
    vae_pretrained_yours:
        "no es tu corrida: cuando entrenes la tuya en 1.10, estas diapositivas la mostrarán.",
        "this is not your run: once you train your own on 1.10, these slides will show it.";
    /// The shipped file could not be fetched.
    vae_pretrained_missing:
        "No se pudo traer el modelo preentrenado; entrena uno en 1.10 para ver esta diapositiva",
        "The pretrained model could not be fetched; train one on 1.10 to see this slide";

    /// Before where a run trains ("Entrena en: CPU — …").
    runs_on: "Entrena en:", "Trains on:";
    /// The diagnostics section on each model's backend.
    diag_runs: "Cada modelo", "Each model";
    /// Before any model has started.
    diag_runs_none:
        "Todavía ningún modelo empezó: cada uno elige su backend al empezar su primera corrida.",
        "No model has started yet: each one picks its backend when it starts its first run.";

    /// 1.33's lab title.
    gan_train_title:
        "Laboratorio: entrenar el GAN de la clase en Fashion-MNIST",
        "Lab: training the lecture's GAN on Fashion-MNIST";
    /// Its settings.
    gan_settings:
        "Ajustes (épocas, lote, tasas de aprendizaje, optimizador, semilla)",
        "Settings (epochs, batch, learning rates, optimizer, seed)";
    /// The settings' hint.
    gan_settings_hint:
        "Los valores de la clase: 50 épocas, lotes de 32, RMSprop con tasa 0.001 para las dos redes. El libro probó primero Nadam y el GAN colapsó: elígelo para verlo. Los ajustes nuevos se aplican al empezar o reiniciar.",
        "The lecture's values: 50 epochs, batches of 32, RMSprop with learning rate 0.001 for both networks. The book first tried Nadam and the GAN collapsed: choose it to see this happen. New settings take effect when you start or reset.";
    /// The generator's learning rate.
    gan_lr_g: "Tasa del generador", "Generator learning rate";
    /// The discriminator's learning rate.
    gan_lr_d: "Tasa del discriminador", "Discriminator learning rate";
    /// Start.
    gan_start: "Empezar a entrenar", "Start training";
    /// Finished.
    gan_finished: "Entrenamiento terminado.", "Training finished.";
    /// Phase 1's loss.
    gan_d_loss: "pérdida de D (fase 1)", "D loss (phase 1)";
    /// Phase 2's loss.
    gan_g_loss: "pérdida de G (fase 2)", "G loss (phase 2)";
    /// The loss chart's title.
    gan_losses: "Pérdidas por paso", "Losses per step";
    /// The verdicts chart's title.
    gan_verdicts: "Lo que dice el discriminador", "What the discriminator says";
    /// The legend of D's verdict on real images.
    gan_d_real: "D(x) real", "D(x) real";
    /// The legend of D's verdict on generated images.
    gan_d_fake: "D(G(z)) falsa", "D(G(z)) fake";
    /// What the verdicts mean.
    gan_verdicts_hint:
        "D(x) es la probabilidad que D da a las imágenes reales y D(G(z)) a las falsas. Al principio D aprende rápido a separarlas; luego G lo alcanza y los dos valores se acercan. En el equilibrio teórico D diría 0.5 a todo: su pérdida sería ln 2 ≈ 0.69 por imagen.",
        "D(x) is the probability D gives to the real images, and D(G(z)) the one it gives to the fakes. At first D quickly learns to tell them apart; then G catches up and the two values draw closer. At the theoretical equilibrium D would say 0.5 to everything: its loss would be ln 2 ≈ 0.69 per image.";
    /// The fakes grid's title.
    gan_fakes:
        "Las últimas imágenes falsas (plot_multiple_images, 8 columnas)",
        "The latest fake images (plot_multiple_images, 8 columns)";
    /// The film strip's title.
    gan_film:
        "Las mismas 8 codificaciones, época tras época",
        "The same 8 codings, epoch after epoch";
    /// The film strip's hint.
    gan_film_hint:
        "Cada fila decodifica las mismas 8 codificaciones fijas con el generador al final de esa época: se ve cómo aprende a dibujar prendas. La fila «época 0» es el generador sin entrenar.",
        "Each row decodes the same 8 fixed codings with the generator as it was at the end of that epoch: you can watch it learn to draw clothes. The “epoch 0” row is the untrained generator.";
    /// Before a run.
    gan_train_first:
        "Empieza a entrenar para ver las imágenes.",
        "Start training to see the images.";
    /// The parameters line.
    gan_params: "parámetros", "parameters";

    // The judge (every generator's score).
    /// Before any score.
    judge_nothing_yet: "Todavía no hay puntuación.", "No score yet.";
    /// The headline's distance label.
    judge_frechet: "Distancia de Fréchet", "Fréchet distance";
    /// Classes covered.
    judge_covered: "clases cubiertas", "classes covered";
    /// After how many epochs.
    judge_after_epochs: "tras la época", "after epoch";
    /// This model's mark on the scale.
    judge_this: "este modelo", "this model";
    /// The floor's mark.
    judge_floor: "imágenes reales", "real images";
    /// The noisy reference's mark.
    judge_noisy: "reales con ruido", "noisy real images";
    /// The blurred reference's mark.
    judge_blurred: "reales borrosas", "blurred real images";
    /// The class table's caption, before the count.
    judge_classes_caption: "Qué clase ve el juez en", "Which class the judge sees in";
    /// After the count.
    judge_images: "imágenes", "images";
    /// The covered rule.
    judge_classes_rule:
        "(una clase cuenta como cubierta con al menos 2 %; las de menos, en gris)",
        "(a class counts as covered with at least 2%; those below it, in grey)";
    /// The history table's caption.
    judge_history: "Puntuación del juez en cada época", "The judge's score at each epoch";
    /// The hint, before the count.
    judge_hint_1:
        "El juez es un clasificador pequeño entrenado por este proyecto (cargo xtask pretrain judge). Mira",
        "The judge is a small classifier trained by this project (cargo xtask pretrain judge). It looks at";
    /// The hint, after the count.
    judge_hint_2:
        "imágenes generadas desde codificaciones fijas, redondeadas a 8 bits, y compara sus rasgos de la penúltima capa con los de 2000 imágenes reales de prueba: cuanto menor la distancia, más se parecen — en cómo son y en cuánto varían. Muchas clases cubiertas y un KL cercano a 0 indican variedad; pocas clases, colapso de modos.",
        "images generated from fixed codings, rounded to 8 bits, and compares their features from the penultimate layer with those of 2000 real test images: the smaller the distance, the more alike they are — both in what they look like and in how much they vary. Many classes covered and a KL close to 0 indicate variety; few classes, mode collapse.";
    /// The judge's accuracy, before the number.
    judge_accuracy:
        "Exactitud del juez en las 10 000 imágenes de prueba:",
        "The judge's accuracy on the 10,000 test images:";
    /// The VAE's score button.
    judge_score_vae: "Calificar 2000 muestras con el juez", "Score 2000 samples with the judge";
    /// The VAE's score section title.
    judge_vae_title: "El juez califica las muestras del VAE", "The judge scores the VAE's samples";
    /// The VAE's score hint.
    judge_vae_hint:
        "La misma escala califica la GAN densa en la diapositiva 1.33: así se comparan un VAE y una GAN.",
        "The same scale scores the dense GAN on slide 1.33: that is how a VAE and a GAN are compared.";
    /// The dense GAN's score section title.
    judge_gan_title:
        "El juez: ¿qué tan buenas son las imágenes?",
        "The judge: how good are the images?";
    /// While the judge works.
    judge_scoring: "El juez está mirando…", "The judge is looking…";

    // Slide 1.33's jump ahead.
    /// The button, before the epochs.
    gan_jump:
        "Saltar al final: cargar la GAN de la clase tras",
        "Skip to the end: load the lecture's GAN after";
    /// The button, after the epochs.
    gan_jump_epochs: "épocas", "epochs";
    /// While fetching.
    gan_jump_fetching: "Descargando el punto de control…", "Downloading the checkpoint…";
    /// The confirmation.
    gan_jump_confirm:
        "Esto reemplaza el entrenamiento en pantalla por el punto de control. Para conservar el tuyo, pulsa antes «Guardar».",
        "This replaces the training on screen with the checkpoint. To keep yours, press “Save” first.";
    /// Confirm.
    gan_jump_yes: "Reemplazarlo", "Replace it";
    /// Cancel.
    gan_jump_no: "Cancelar", "Cancel";
    /// The shipped run's label.
    gan_shipped: "Punto de control preentrenado:", "Pretrained checkpoint:";
    /// What it is, after the epochs.
    gan_shipped_what:
        "épocas del entrenamiento de la clase (RMSprop, lote 32, semilla 42), hechas por el propio entrenador de este sitio en CPU con",
        "epochs of the lecture's training (RMSprop, batch 32, seed 42), run by this site's own trainer on CPU with";
    /// Not yours.
    gan_shipped_yours:
        "No es tu entrenamiento: «Empezar» entrena uno nuevo desde cero.",
        "This is not your training: “Start training” trains a new one from scratch.";
    /// Fetch failed.
    gan_jump_missing:
        "No se pudo descargar el punto de control",
        "The checkpoint could not be downloaded";
    /// Nothing lost.
    gan_jump_kept: "Tu entrenamiento sigue como estaba.", "Your training is as it was.";

    // Slides 1.29–1.32's labs.
    /// Before a run.
    gan_needs_run:
        "Este laboratorio usa el GAN de tu entrenamiento de la diapositiva 1.33. Entrena allí unos segundos, o carga aquí el de la clase tras 50 épocas:",
        "This lab uses the GAN from your training on slide 1.33. Train there for a few seconds, or load the lecture's GAN after 50 epochs here:";
    /// 1.29's title.
    gan_generator_title:
        "Laboratorio: el generador convierte una codificación en una imagen",
        "Lab: the generator turns a coding into an image";
    /// The coding chart's label.
    gan_coding_label: "las 30 componentes de la codificación", "the 30 components of the coding";
    /// The coding chart's caption.
    gan_coding_caption:
        "Codificación z: 30 números de N(0, 1)",
        "Coding z: 30 numbers from N(0, 1)";
    /// The image's label.
    gan_generated_label:
        "la imagen que el generador hace de z",
        "the image the generator makes from z";
    /// Its caption.
    gan_generated_after: "G(z), generador tras la época", "G(z), generator after epoch";
    /// The button.
    gan_new_coding: "Nueva codificación", "New coding";
    /// The walk's title.
    gan_walk: "Caminar entre dos codificaciones", "Walking between two codings";
    /// The walk's row label.
    gan_walk_row: "de z a otra z′", "from z to another z′";
    /// The walk's hint.
    gan_walk_hint:
        "Ocho pasos en línea recta de la codificación de arriba a otra al azar: si el generador aprendió algo, la prenda cambia poco a poco, sin saltos.",
        "Eight steps in a straight line from the coding above to another random one: if the generator has learned something, the garment changes little by little, without jumps.";
    /// Summary columns.
    gan_layer: "capa", "layer";
    /// Summary columns.
    gan_shape: "entradas → salidas", "inputs → outputs";
    /// Summary columns.
    gan_params_col: "parámetros", "parameters";
    /// Summary total.
    gan_total: "Total (entradas × salidas + sesgos)", "Total (inputs × outputs + biases)";
    /// Network names.
    gan_generator_name: "Generador", "Generator";
    /// Network names.
    gan_discriminator_name: "Discriminador", "Discriminator";
    /// The engine's own counts.
    gan_engine_counts: "Contados por el motor en tu corrida:", "Counted by the engine in your run:";
    /// 1.30's title.
    gan_verdicts_title:
        "Laboratorio: el discriminador juzga imágenes reales y generadas",
        "Lab: the discriminator judges real and generated images";
    /// Reals row.
    gan_verdicts_reals:
        "Imágenes reales (de validación: D nunca las vio)",
        "Real images (from validation: D has never seen them)";
    /// Fakes row.
    gan_verdicts_fakes:
        "Imágenes del generador (codificaciones fijas)",
        "Images from the generator (fixed codings)";
    /// Counters.
    gan_verdicts_at: "Tras la época", "After epoch";
    /// Counters.
    gan_verdicts_mean_real: "D(x) medio", "mean D(x)";
    /// Counters.
    gan_verdicts_mean_fake: "D(G(z)) medio", "mean D(G(z))";
    /// Refresh.
    gan_verdicts_refresh: "Volver a juzgar", "Judge again";
    /// Hint.
    gan_verdicts_lab_hint:
        "Cada número es la probabilidad que D da a «es real» (la barra la dibuja). Mientras el entrenamiento de 1.33 avanza, la tira se actualiza sola cada pocos segundos: al principio D separa bien las dos filas; cuando G mejora, las dos se acercan a 0.5.",
        "Each number is the probability D gives to “it is real” (the bar shows it). While the training in 1.33 progresses, the strip updates itself every few seconds: at first D separates the two rows well; as G improves, both approach 0.5.";
    /// 1.31 RMSprop title.
    gan_rmsprop_title:
        "Laboratorio: RMSprop sobre un solo peso, paso a paso",
        "Lab: RMSprop on a single weight, step by step";
    /// Start weight.
    gan_rmsprop_start: "Peso inicial w₀", "Initial weight w₀";
    /// Learning rate.
    gan_rmsprop_lr: "Tasa de aprendizaje", "Learning rate";
    /// Buttons.
    gan_rmsprop_step: "Un paso", "One step";
    /// Buttons.
    gan_rmsprop_five: "Cinco pasos", "Five steps";
    /// Keras column.
    gan_rmsprop_keras: "w de Keras 2.21", "w from Keras 2.21";
    /// Hint.
    gan_rmsprop_hint:
        "La pérdida es w³ (la de la referencia de Keras), así que g = 3w². RMSprop divide cada gradiente por la raíz de su media cuadrática v (con ρ = 0.9): el paso mide casi lo mismo, lr/√0.1 ≈ 0.0032, sea el gradiente grande o chico. ε = 1e-7 va dentro de la raíz, como en Keras 2. La última columna son los pesos que dio Keras con el mismo punto de partida (pasos 1, 3 y 5).",
        "The loss is w³ (the one in the Keras reference), so g = 3w². RMSprop divides each gradient by the square root of its mean square v (with ρ = 0.9): the step is almost the same size, lr/√0.1 ≈ 0.0032, whether the gradient is large or small. ε = 1e-7 goes inside the square root, as in Keras 2. The last column holds the weights Keras gave from the same starting point (steps 1, 3 and 5).";
    /// 1.31 buffer title.
    gan_buffer_title: "Laboratorio: shuffle(1000) en pequeño", "Lab: shuffle(1000) in miniature";
    /// Buffer size.
    gan_buffer_size: "Tamaño del búfer (con 20 imágenes)", "Buffer size (with 20 images)";
    /// Again.
    gan_buffer_again: "Otra época", "Another epoch";
    /// Epoch.
    gan_buffer_epoch: "época", "epoch";
    /// Full shuffle.
    gan_buffer_full:
        "Una permutación completa, para comparar",
        "A full permutation, for comparison";
    /// Chip titles.
    gan_buffer_image: "imagen", "image";
    /// Chip titles.
    gan_buffer_position: "sale en el lugar", "comes out at position";
    /// Hint.
    gan_buffer_hint:
        "El búfer guarda las siguientes imágenes en orden; cada vez sale una al azar de él y entra la siguiente. Cada imagen sale una vez por época, pero ninguna puede salir antes de su lugar menos el tamaño del búfer: con un búfer chico, el orden cambia solo localmente (el color marca cuánto se movió cada una). Con 1 no se baraja nada; con 20 (todo) es una permutación completa. El curso usa 1 000 sobre 55 000 imágenes que ya vienen mezcladas.",
        "The buffer holds the next images in order; each time, one comes out of it at random and the next one goes in. Each image comes out once per epoch, but none can come out before its position minus the buffer size: with a small buffer, the order only changes locally (the colour shows how far each one moved). With 1 nothing is shuffled; with 20 (all of them) it is a full permutation. The course uses 1,000 over 55,000 images that already come shuffled.";
    /// 1.31 frozen title.
    gan_frozen_title:
        "Laboratorio: discriminator.trainable = False, a la vista",
        "Lab: discriminator.trainable = False, in plain sight";
    /// 1.32 title.
    gan_step_title:
        "Laboratorio: el ciclo de entrenamiento, fase por fase",
        "Lab: the training loop, phase by phase";
    /// Session: copy.
    gan_step_copy:
        "Paso a paso sobre una copia de tu entrenamiento (el original no cambia)",
        "Step by step on a copy of your training (the original does not change)";
    /// Session: fresh.
    gan_step_fresh:
        "Paso a paso sobre un GAN nuevo con la configuración de la clase (aún no tienes un entrenamiento en 1.33)",
        "Step by step on a new GAN with the lecture's configuration (you do not have a training run on 1.33 yet)";
    /// Session counters.
    gan_step_next_epoch: "época", "epoch";
    /// Session counters.
    gan_step_next_step: "paso", "step";
    /// Buttons.
    gan_phase_1: "Fase 1", "Phase 1";
    /// Buttons.
    gan_phase_2: "Fase 2", "Phase 2";
    /// Buttons.
    gan_step_again: "Copiar otra vez", "Copy again";
    /// Phase 1 heading.
    gan_phase_1_done:
        "Fase 1: D aprende con 32 falsas (y1 = 0) y 32 reales (y1 = 1)",
        "Phase 1: D learns from 32 fakes (y1 = 0) and 32 reals (y1 = 1)";
    /// Phase 1 hint.
    gan_phase_1_hint:
        "Debajo de cada imagen: su objetivo y1 y la salida de D antes → después de su actualización. Las falsas deberían bajar y las reales subir.",
        "Under each image: its target y1 and D's output before → after its update. The fakes should go down and the reals up.";
    /// Phase 2 heading.
    gan_phase_2_done:
        "Fase 2: G aprende a engañar a D (y2 = 1), con D fijo",
        "Phase 2: G learns to fool D (y2 = 1), with D fixed";
    /// Phase 2 hint.
    gan_phase_2_hint:
        "32 falsas de ruido nuevo, todas con objetivo 1. Debajo: la salida de D antes → después de actualizar G (mismo ruido): D no cambió, pero las imágenes sí, y D las cree algo más reales.",
        "32 fakes from fresh noise, all with target 1. Below: D's output before → after updating G (same noise): D did not change, but the images did, and D finds them somewhat more real.";
    /// Fingerprints.
    gan_fp_caption:
        "Huella de todos los pesos de cada red antes y después de la última fase",
        "Fingerprint of all the weights of each network before and after the last phase";
    /// Fingerprints.
    gan_fp_network: "red", "network";
    /// Fingerprints.
    gan_fp_before: "antes", "before";
    /// Fingerprints.
    gan_fp_after: "después", "after";
    /// Fingerprints.
    gan_fp_same: "igual: no se entrenó", "same: not trained";
    /// Fingerprints.
    gan_fp_changed: "cambió", "changed";
    /// 1.32 hint.
    gan_step_hint:
        "Cada botón ejecuta las líneas resaltadas del ciclo de la diapositiva, sobre el siguiente lote de los datos. Dos fases hacen un paso; 1 718 pasos, una época.",
        "Each button runs the highlighted lines of the loop on the slide, on the next batch of data. Two phases make one step; 1,718 steps, one epoch.";
    /// 1.31 hint.
    gan_frozen_hint:
        "La huella es un código de 8 cifras calculado con todos los pesos de la red: cambia si cualquier peso cambia. La fase 1 cambia la de D y deja la de G; la fase 2 cambia la de G y deja la de D — eso es trainable = False.",
        "The fingerprint is an 8-digit code computed from all the weights of the network: it changes if any weight changes. Phase 1 changes D's and leaves G's alone; phase 2 changes G's and leaves D's alone — that is trainable = False.";

    /// DCGAN training lab title (slide 1.34).
    dcgan_train_title:
        "Laboratorio: entrenar la DCGAN de Géron en Fashion-MNIST",
        "Lab: training Géron's DCGAN on Fashion-MNIST";
    /// DCGAN settings hint.
    dcgan_settings_hint:
        "Los valores de Géron: lotes de 32, RMSprop con tasa 0.001 para las dos redes, imágenes escaladas a [−1, 1]. Dos épocas (3 436 pasos) bastan para ver prendas reconocibles; es la referencia de Keras con la que el juez la compara. Los ajustes nuevos se aplican al empezar o reiniciar.",
        "Géron's values: batches of 32, RMSprop with learning rate 0.001 for both networks, images scaled to [−1, 1]. Two epochs (3,436 steps) are enough to see recognisable clothes; this is the Keras reference the judge compares it with. New settings take effect when you start or reset.";
    /// DCGAN switches legend.
    dcgan_switches:
        "Las pautas de la DCGAN, una por interruptor",
        "The DCGAN guidelines, one per switch";
    /// Switch: transposed convolutions in G.
    dcgan_g_transposed:
        "G: convoluciones transpuestas con paso 2 (si no: sobremuestreo ×2 y convolución)",
        "G: transposed convolutions with stride 2 (otherwise: ×2 upsampling and a convolution)";
    /// Switch: strided convolutions in D.
    dcgan_d_strided:
        "D: convoluciones con paso 2 (si no: paso 1 y max-pooling)",
        "D: convolutions with stride 2 (otherwise: stride 1 and max-pooling)";
    /// Switch: batch normalisation in G.
    dcgan_g_bn: "G: normalización por lotes", "G: batch normalisation";
    /// Switch: batch normalisation in D.
    dcgan_d_bn:
        "D: normalización por lotes tras la segunda convolución (Géron no la usa: el entrenamiento era inestable; pone dropout)",
        "D: batch normalisation after the second convolution (Géron does not use it: training was unstable; he uses dropout)";
    /// Switch: ReLU in G.
    dcgan_g_relu:
        "G: ReLU en las capas ocultas (si no: ReLU con fuga); la salida siempre es tanh",
        "G: ReLU in the hidden layers (otherwise: leaky ReLU); the output is always tanh";
    /// Switch: leaky ReLU in D.
    dcgan_d_leaky: "D: ReLU con fuga 0.2 (si no: ReLU)", "D: leaky ReLU 0.2 (otherwise: ReLU)";
    /// Switch: no dense hidden layers.
    dcgan_no_dense:
        "Sin capas densas ocultas (si no: una Dense de 128 en cada red)",
        "No dense hidden layers (otherwise: a Dense layer of 128 in each network)";
    /// Switch: dropout in D.
    dcgan_dropout:
        "D: dropout 0.4 tras cada convolución (la elección de Géron)",
        "D: dropout 0.4 after each convolution (Géron's choice)";
    /// The switches are Géron's.
    dcgan_is_geron:
        "Así es la DCGAN de Géron: 840 705 parámetros en G y 212 865 en D.",
        "This is Géron's DCGAN: 840,705 parameters in G and 212,865 in D.";
    /// The switches differ from Géron's.
    dcgan_is_variant:
        "Una variante: se aplica al empezar o reiniciar (la arquitectura, abajo, ya la muestra).",
        "A variant: it takes effect when you start or reset (the architecture below already shows it).";
    /// Button: back to Géron's switches.
    dcgan_back_to_geron: "Volver a la DCGAN de Géron", "Back to Géron's DCGAN";

    /// DCGAN architecture lab title.
    dcgan_arch_title: "La arquitectura, leída del modelo", "The architecture, read from the model";
    /// Generator table caption.
    dcgan_arch_g: "Generador", "Generator";
    /// Discriminator table caption.
    dcgan_arch_d: "Discriminador", "Discriminator";
    /// Column: layer.
    dcgan_arch_layer: "Capa", "Layer";
    /// Column: detail.
    dcgan_arch_detail: "Detalle", "Detail";
    /// Column: output shape.
    dcgan_arch_shape: "Forma de salida", "Output shape";
    /// Column: parameters.
    dcgan_arch_params: "Parámetros", "Parameters";
    /// Footer: total.
    dcgan_arch_total: "Total", "Total";
    /// Before the engine answered.
    dcgan_arch_waiting: "Construyendo las dos redes…", "Building both networks…";
    /// Architecture hint.
    dcgan_arch_hint:
        "El motor construye las dos redes con los interruptores tal como están y pasa un ejemplo por cada capa, como el summary() de Keras: forma de salida (filas, columnas, canales; None es el lote) y parámetros. Las medias y varianzas móviles de la normalización por lotes cuentan como parámetros no entrenables, igual que en Keras. Cambia un interruptor y la tabla cambia.",
        "The engine builds both networks with the switches as they are and passes an example through each layer, like Keras's summary(): output shape (rows, columns, channels; None is the batch) and parameters. The moving means and variances of batch normalisation count as non-trainable parameters, just as in Keras. Flip a switch and the table changes.";

    /// Experiments lab title.
    dcgan_exp_title:
        "Laboratorio: experimentos cortos con las pautas",
        "Lab: short experiments with the guidelines";
    /// Experiments hint.
    dcgan_exp_hint:
        "Una ejecución corta hace una sola pasada sobre 10 000 imágenes (312 pasos de 32) con los interruptores como estén y el resto de los valores de Géron. Al terminar, el juez la puntúa y queda como una fila: la DCGAN de Géron y sus variantes, lado a lado. Corre en el laboratorio de entrenamiento de arriba (allí se ve su progreso) y las filas se guardan en este navegador.",
        "A short run makes a single pass over 10,000 images (312 steps of 32) with the switches as they are and the rest of Géron's values. When it finishes, the judge scores it and it stays as a row: Géron's DCGAN and its variants, side by side. It runs in the training lab above (where you can follow its progress) and the rows are saved in this browser.";
    /// Button: small run.
    dcgan_exp_run: "Ejecución corta (10 000 imágenes)", "Short run (10,000 images)";
    /// Button while a small run trains.
    dcgan_exp_running: "Ejecución corta en curso…", "Short run in progress…";
    /// Label before the current switches.
    dcgan_exp_switches_now: "Interruptores ahora", "Current switches";
    /// No rows yet.
    dcgan_exp_empty:
        "Aún no hay filas: lanza una ejecución corta.",
        "No rows yet: launch a short run.";
    /// The rows could not be kept.
    dcgan_exp_unsaved:
        "El navegador no dejó guardar la tabla (almacenamiento lleno o desactivado): las filas siguen aquí hasta que cierres la pestaña.",
        "The browser did not allow the table to be saved (storage full or disabled): the rows stay here until you close the tab.";
    /// Button: clear the table.
    dcgan_exp_clear: "Vaciar la tabla", "Clear the table";
    /// Column: switches.
    dcgan_exp_col_switches: "Cambios respecto a Géron", "Changes from Géron's";
    /// Column: parameters.
    dcgan_exp_col_params: "Parámetros G / D", "Parameters G / D";
    /// Column: final losses.
    dcgan_exp_col_losses: "Pérdida final D / G", "Final loss D / G";
    /// Column: judge.
    dcgan_exp_col_score: "Juez: Fréchet · clases", "Judge: Fréchet · classes";
    /// Column: images.
    dcgan_exp_col_images: "8 imágenes (codificaciones fijas)", "8 images (fixed codings)";
    /// Géron's switches.
    dcgan_exp_geron: "ninguno (la de Géron)", "none (Géron's)";
    /// Difference: nearest upsampling.
    dcgan_exp_nearest: "G: sobremuestreo + conv.", "G: upsampling + conv.";
    /// Difference: pooling.
    dcgan_exp_pooling: "D: max-pooling", "D: max-pooling";
    /// Difference: no batch norm in G.
    dcgan_exp_g_no_bn: "G: sin BN", "G: no BN";
    /// Difference: batch norm in D.
    dcgan_exp_d_bn: "D: con BN", "D: with BN";
    /// Difference: leaky ReLU in G.
    dcgan_exp_g_leaky: "G: ReLU con fuga", "G: leaky ReLU";
    /// Difference: ReLU in D.
    dcgan_exp_d_relu: "D: ReLU", "D: ReLU";
    /// Difference: dense hidden layers.
    dcgan_exp_dense: "Dense 128 ocultas", "Hidden Dense 128";
    /// Difference: no dropout.
    dcgan_exp_no_dropout: "D: sin dropout", "D: no dropout";

    /// Maps lab title.
    dcgan_maps_title:
        "Laboratorio: lo que hacen las convoluciones transpuestas",
        "Lab: what the transposed convolutions do";
    /// Before a run exists.
    dcgan_maps_needs_run:
        "Empieza o carga una ejecución en el laboratorio de entrenamiento: los mapas son los de su generador.",
        "Start or load a run in the training lab: the maps are those of its generator.";
    /// Coding picker.
    dcgan_maps_coding: "Codificación fija", "Fixed coding";
    /// After epochs.
    dcgan_maps_after: "épocas del generador:", "generator epochs:";
    /// Small maps caption.
    dcgan_maps_small:
        "7 × 7, un mapa por canal (Dense → Reshape → BatchNorm)",
        "7 × 7, one map per channel (Dense → Reshape → BatchNorm)";
    /// Middle maps caption.
    dcgan_maps_middle:
        "14 × 14, un mapa por canal (1.ª convolución transpuesta, paso 2, ReLU)",
        "14 × 14, one map per channel (1st transposed convolution, stride 2, ReLU)";
    /// Image caption.
    dcgan_maps_image:
        "28 × 28: la imagen (2.ª convolución transpuesta, tanh)",
        "28 × 28: the image (2nd transposed convolution, tanh)";
    /// Maps hint.
    dcgan_maps_hint:
        "Una convolución transpuesta de paso 2 reparte cada valor de sus mapas de entrada sobre una ventana de 5 × 5 de mapas el doble de grandes, pesado por su núcleo, y suma donde las ventanas se solapan: así 7 × 7 se vuelve 14 × 14 y luego 28 × 28. Cada capa se dibuja en su propia escala: más oscuro, mayor valor. Los mapas se vuelven a pedir al final de cada época (con el interruptor de sobremuestreo, la duplicación es repetir píxeles y luego convolucionar).",
        "A transposed convolution with stride 2 spreads each value of its input maps over a 5 × 5 window of maps twice as large, weighted by its kernel, and sums where the windows overlap: that is how 7 × 7 becomes 14 × 14 and then 28 × 28. Each layer is drawn on its own scale: darker means a larger value. The maps are requested again at the end of each epoch (with the upsampling switch, the doubling repeats pixels and then convolves).";
    /// What the shipped DCGAN is.
    dcgan_shipped_what:
        "épocas de la DCGAN de Géron (los interruptores de Géron, RMSprop, lote 32, semilla 42), hechas por el propio entrenador de este sitio en CPU con",
        "epochs of Géron's DCGAN (Géron's switches, RMSprop, batch 32, seed 42), run by this site's own trainer on CPU with";
    /// The skip link, first on every page.
    skip_to_content: "Saltar al contenido", "Skip to content";
}

texts! {
    // Added with the English version.
    /// The language switch's group label.
    lang_switch: "Idioma de la página", "Page language";
    /// Save a run.
    run_save: "Guardar", "Save";
    /// Load a run.
    run_load: "Cargar…", "Load…";
    /// Drop hint.
    run_drop: "o suelta aquí un archivo .ckpt", "or drop a .ckpt file here";
    /// After saving, before the file name.
    run_saved_as: "Guardado como", "Saved as";
    /// While the stored run loads (after "Cargando").
    run_loading_stored: "el entrenamiento guardado…", "the stored training run…";
    /// Restore the stored run.
    run_restore: "Continuarlo", "Resume it";
    /// Forget the stored run.
    run_forget: "Borrarlo", "Delete it";
    /// Where runs are kept.
    run_kept_where: "Se guarda solo en este navegador (Cache Storage, «generativa-runs-v1»): al terminar cada época y al pausar, un entrenamiento por modelo (en CPU o en WebGPU). «Borrarlo» lo quita; borrar los datos del sitio en el navegador también.", "Kept only in this browser (Cache Storage, “generativa-runs-v1”): at the end of every epoch and on pause, one training run per model (on CPU or on WebGPU). “Delete it” removes it; so does clearing the site's data in the browser.";
    /// "n images" in image labels.
    images: "imágenes", "images";
    /// Pager landmark.
    pagination: "Paginación", "Pagination";
    /// A code block's default caption.
    code: "código", "code";
    /// After the sigmoid's percentage.
    toy_chance_of_x: "de probabilidad de ser una X", "chance of being an X";
    /// An engine message that could not be read.
    engine_unreadable: "mensaje ilegible del motor", "unreadable message from the engine";
    /// Fetch failures (short reasons).
    no_window: "sin ventana", "no window";
    /// Fetch failures (short reasons).
    no_network: "sin red", "no network";
    /// Fetch failures (short reasons).
    no_body: "sin cuerpo", "no body";
    /// Fetch failures (short reasons).
    read_cut: "lectura interrumpida", "read interrupted";
    /// Diagnostics: why the CPU.
    diag_reason: "Motivo", "Reason";
    /// Data summary: "… in 1.2 s".
    data_in: "en", "in";
    /// Presenter mode: the button that starts it.
    presenter_enter: "Modo presentación", "Presenter mode";
    /// Presenter mode: the button that leaves it.
    presenter_leave: "Salir de la presentación", "Leave presenter mode";
    /// Presenter mode: full screen.
    presenter_fullscreen: "Pantalla completa", "Full screen";
    /// Presenter mode: its keys (button tooltip).
    presenter_keys: "P: presentación · Esc: salir · F: pantalla completa · ←/→ o RePág/AvPág: cambiar de sección", "P: presenter mode · Esc: leave · F: full screen · ←/→ or PageUp/PageDown: change section";
    /// Footer: the site works offline now.
    offline_ready: "Disponible sin conexión", "Available offline";
    /// A newer build is waiting.
    update_ready: "Hay una versión nueva del sitio.", "A new version of the site is ready.";
    /// Switch to it.
    update_apply: "Actualizar y recargar", "Update and reload";
    /// The sigmoid chart's text alternative.
    toy_sigmoid_label: "La curva σ(t) = 1 / (1 + e^(−t)) para t entre −8 y 8: vale 0.5 en t = 0 y tiende a 0 y a 1 en los extremos.", "The curve σ(t) = 1 / (1 + e^(−t)) for t from −8 to 8: it is 0.5 at t = 0 and tends to 0 and 1 at the ends.";
    /// The histogram's text alternative (before its numbers).
    vae_histogram_label: "Histograma de las muestras z = μ + σ·ε con la densidad gaussiana encima", "Histogram of the samples z = μ + σ·ε with the Gaussian density on top";
    /// Copy-link button.
    share_button: "Copiar enlace con estos ajustes", "Copy a link with these settings";
    /// Before anything was copied.
    share_hint: "La dirección de la página lleva los ajustes: quien la abra los verá igual.", "The page's address carries the settings: whoever opens it sees them the same.";
    /// While copying (before the link).
    share_copying: "Copiando:", "Copying:";
    /// Copied (before the link).
    share_copied: "Enlace copiado:", "Link copied:";
    /// The clipboard refused (before the link).
    share_select: "El navegador no dejó copiar; selecciona el enlace:", "The browser refused to copy; select the link:";
    /// A switch's value in the address that is neither 1 nor 0.
    switch_bad_address: "en la dirección no es 1 (sí) ni 0 (no); el interruptor queda como estaba.", "in the address is neither 1 (on) nor 0 (off); the switch stays as it was.";
    /// File names: the word before the epoch number.
    file_epoch: "epoca", "epoch";
    /// Download as PNG.
    download_png: "PNG", "PNG";
    /// Download as SVG.
    download_svg: "SVG", "SVG";
    /// A grid's PNG: what its size is (before the scale).
    download_grid_title: "Descargar como PNG: 28 × 28 píxeles por imagen, ampliados ×", "Download as PNG: 28 × 28 pixels per image, enlarged ×";
}

/// Fashion-MNIST's class names, in label order, in the page's language.
pub fn fashion_class(label: usize) -> &'static str {
    const ES: [&str; 10] = [
        "camiseta/top",
        "pantalón",
        "suéter",
        "vestido",
        "abrigo",
        "sandalia",
        "camisa",
        "tenis",
        "bolsa",
        "botín",
    ];
    const EN: [&str; 10] = [
        "T-shirt/top",
        "trouser",
        "pullover",
        "dress",
        "coat",
        "sandal",
        "shirt",
        "sneaker",
        "bag",
        "ankle boot",
    ];
    let names = if crate::i18n::english() { EN } else { ES };
    names.get(label).copied().unwrap_or("?")
}
