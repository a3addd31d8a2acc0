//! A model's weights and its optimizer's state as checkpoint sections, through burn 0.22's own
//! records (burnpack bytes), each checked tensor by tensor against the live model *before* burn
//! loads it: burn's optimizer loader panics on a tensor without a parameter id, and the engine
//! is built with `panic = "abort"`, so nothing unchecked may reach it.

use std::collections::HashMap;

use burn::module::{Module, ModuleMapper, ModuleVisitor, Param};
use burn::optim::ModuleOptimizer;
use burn::store::ModuleRecord;
use burn::tensor::{Bool, Device, Int, Tensor, TensorData, Transaction};
use burn_pack::{Bytes, DType, Reader, Writer};

use super::{CheckpointError, RunError};

/// A parameter of a live module: its record path, id, shape, and whether an optimizer trains
/// it (a batch normalisation's running statistics are recorded beside the weights but get no
/// gradient, so no optimizer state).
struct ParamInfo {
    path: String,
    id: u64,
    shape: Vec<usize>,
    trainable: bool,
}

#[derive(Default)]
struct Params {
    path: Vec<String>,
    found: Vec<ParamInfo>,
}

impl Params {
    fn add(&mut self, id: u64, shape: Vec<usize>, trainable: bool) {
        self.found.push(ParamInfo {
            path: self.path.join("."),
            id,
            shape,
            trainable,
        });
    }
}

impl ModuleVisitor for Params {
    fn enter_module(&mut self, name: &str, _container_type: &str) {
        self.path.push(name.to_string());
    }

    fn exit_module(&mut self, _name: &str, _container_type: &str) {
        self.path.pop();
    }

    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let trainable = param.val().is_require_grad();
        self.add(param.id.val(), param.lazy_shape().to_vec(), trainable);
    }

    fn visit_int<const D: usize>(&mut self, param: &Param<Tensor<D, Int>>) {
        self.add(param.id.val(), param.lazy_shape().to_vec(), false);
    }

    fn visit_bool<const D: usize>(&mut self, param: &Param<Tensor<D, Bool>>) {
        self.add(param.id.val(), param.lazy_shape().to_vec(), false);
    }
}

fn params_of<M: Module>(module: &M) -> Vec<ParamInfo> {
    let mut params = Params::default();
    module.visit(&mut params);
    params.found
}

/// A tensor in a burnpack: name, shape, parameter id, element type.
struct PackedTensor {
    name: String,
    shape: Vec<usize>,
    param_id: Option<u64>,
    dtype: DType,
}

fn malformed(part: &str) -> CheckpointError {
    CheckpointError::Malformed {
        part: part.to_owned(),
    }
}

fn read_pack(bytes: &[u8], part: &str) -> Result<Vec<PackedTensor>, CheckpointError> {
    let reader =
        Reader::from_bytes(Bytes::from_bytes_vec(bytes.to_vec())).map_err(|_| malformed(part))?;
    let tensors = reader.into_tensors().map_err(|_| malformed(part))?;
    Ok(tensors
        .into_iter()
        .map(|t| PackedTensor {
            shape: t.shape.to_vec(),
            name: t.name,
            param_id: t.param_id,
            dtype: t.dtype,
        })
        .collect())
}

fn tensor_error(name: &str, expected: &[usize], found: &[usize]) -> CheckpointError {
    CheckpointError::Tensor {
        name: name.to_owned(),
        expected: expected.to_vec(),
        found: found.to_vec(),
    }
}

/// The module's weights as a section.
pub fn module_bytes<M: Module>(module: &M) -> Vec<u8> {
    module
        .clone()
        .into_record()
        .into_bytes()
        .expect("a live module's record always serialises")
        .to_vec()
}

/// Every float parameter, flattened, with its shape (for one asynchronous read).
#[derive(Default)]
struct Gather(Vec<(Tensor<1>, Vec<usize>)>);

impl ModuleVisitor for Gather {
    fn visit_float<const D: usize>(&mut self, param: &Param<Tensor<D>>) {
        let tensor = param.val();
        let shape = tensor.dims().to_vec();
        let flat = tensor.reshape([shape.iter().product::<usize>()]); // [n]
        self.0.push((flat, shape));
    }
}

/// Puts the values read back into a copy of the module on the CPU, keeping parameter ids.
struct OntoCpu {
    read: std::vec::IntoIter<TensorData>,
    device: Device,
}

impl ModuleMapper for OntoCpu {
    fn map_float<const D: usize>(&mut self, param: Param<Tensor<D>>) -> Param<Tensor<D>> {
        let id = param.id;
        let Some(data) = self.read.next() else {
            return param;
        };
        let mut copy = Param::from_tensor(Tensor::from_data(data, &self.device));
        copy.id = id;
        copy
    }
}

/// The module's weights as a section, read from the device in one asynchronous transaction
/// (a browser's WebGPU device cannot be read synchronously) into a CPU copy that is then
/// written as [`module_bytes`] writes it: the same bytes on any backend.
pub async fn module_bytes_async<M: Module>(module: &M) -> Result<Vec<u8>, RunError> {
    let mut gather = Gather::default();
    module.visit(&mut gather);
    let mut transaction = Transaction::default();
    for (tensor, _) in &gather.0 {
        // All off the autodiff device: a transaction reads one kind of tensor, and batch
        // normalisation's running values are kept without autodiff beside autodiff weights.
        transaction = transaction.register(tensor.clone().without_autodiff());
    }
    let mut read = Vec::with_capacity(gather.0.len());
    for ((_, shape), data) in gather.0.iter().zip(transaction.execute_async().await?) {
        let values = data
            .try_to_vec::<f32>()
            .map_err(|e| RunError::Read(format!("{e:?}")))?;
        read.push(TensorData::new(values, shape.clone()));
    }
    let copy = module.clone().map(&mut OntoCpu {
        read: read.into_iter(),
        device: Device::flex(),
    });
    Ok(module_bytes(&copy))
}

/// Every weight of the module, parameter after parameter, read in one asynchronous
/// transaction (for a fingerprint of the weights).
pub async fn parameter_values_async<M: Module>(module: &M) -> Result<Vec<f32>, RunError> {
    let mut gather = Gather::default();
    module.visit(&mut gather);
    let mut transaction = Transaction::default();
    for (tensor, _) in &gather.0 {
        // All off the autodiff device: a transaction reads one kind of tensor, and batch
        // normalisation's running values are kept without autodiff beside autodiff weights.
        transaction = transaction.register(tensor.clone().without_autodiff());
    }
    let mut values = Vec::new();
    for data in transaction.execute_async().await? {
        values.extend(
            data.convert::<f32>()
                .try_to_vec::<f32>()
                .map_err(|e| RunError::Read(format!("{e:?}")))?,
        );
    }
    Ok(values)
}

/// The optimizer's state as a section, its tensors read in one asynchronous transaction.
pub async fn optimizer_bytes_async(optimizer: &ModuleOptimizer) -> Result<Vec<u8>, RunError> {
    crate::optim::read_states(optimizer, || optimizer_bytes(optimizer)).await
}

/// `module` with the weights of a section, checked first: every parameter present with its
/// shape in 32-bit floats, nothing extra.
pub fn load_module<M: Module>(module: M, bytes: &[u8], part: &str) -> Result<M, CheckpointError> {
    let packed = read_pack(bytes, part)?;
    let params = params_of(&module);
    for p in &params {
        match packed.iter().find(|t| t.name == p.path) {
            None => return Err(tensor_error(&p.path, &p.shape, &[])),
            Some(t) if t.shape != p.shape || t.dtype != DType::F32 => {
                return Err(tensor_error(&p.path, &p.shape, &t.shape));
            }
            Some(_) => {}
        }
    }
    if let Some(extra) = packed
        .iter()
        .find(|t| !params.iter().any(|p| p.path == t.name))
    {
        return Err(tensor_error(&extra.name, &[], &extra.shape));
    }
    let record = ModuleRecord::from_bytes(Bytes::from_bytes_vec(bytes.to_vec()))
        .map_err(|_| malformed(part))?;
    module.try_load_record(record).map_err(|_| malformed(part))
}

/// The optimizer's state as a section.
pub fn optimizer_bytes(optimizer: &ModuleOptimizer) -> Vec<u8> {
    let bytes = optimizer
        .into_bytes()
        .expect("an optimizer's record always serialises");
    in_name_order(bytes)
}

/// The same pack with its tensors' data in name order. burn writes an optimizer's states in
/// the order of a hash map, which changes from one process to the next; in name order the
/// same run gives the same bytes (the shipped pre-trained file's digest depends on it).
fn in_name_order(bytes: Bytes) -> Vec<u8> {
    let fallback = bytes.to_vec();
    let rewrite = || -> Option<Vec<u8>> {
        let reader = Reader::from_bytes(bytes).ok()?;
        let metadata = reader.metadata().clone();
        let scalars = reader.scalars().clone();
        // `into_tensors` walks the descriptors in name order (a sorted map).
        let mut writer = Writer::new(reader.into_tensors().ok()?);
        for (key, value) in &metadata {
            writer = writer.with_metadata(key, value);
        }
        for (key, value) in scalars {
            writer = writer.with_scalar(&key, value);
        }
        Some(writer.into_bytes().ok()?.to_vec())
    };
    rewrite().unwrap_or(fallback)
}

/// `optimizer` with the state of a section, checked first against `module` (already loaded,
/// so its parameter ids are the saved ones): every state tensor names a parameter of the
/// module and has that parameter's shape, and once the run has stepped (`stepped`), every
/// parameter has a state.
pub fn load_optimizer<M: Module>(
    optimizer: ModuleOptimizer,
    bytes: &[u8],
    module: &M,
    stepped: bool,
    part: &str,
) -> Result<ModuleOptimizer, CheckpointError> {
    let packed = read_pack(bytes, part)?;
    let params = params_of(module);
    if stepped
        && let Some(p) = params
            .iter()
            .find(|p| p.trainable && !packed.iter().any(|t| t.param_id == Some(p.id)))
    {
        return Err(tensor_error(&format!("{part}.{}", p.path), &p.shape, &[]));
    }
    let shapes: HashMap<u64, Vec<usize>> = params.into_iter().map(|p| (p.id, p.shape)).collect();
    for t in &packed {
        let Some(expected) = t.param_id.and_then(|id| shapes.get(&id)) else {
            return Err(tensor_error(&t.name, &[], &t.shape));
        };
        if *expected != t.shape || t.dtype != DType::F32 {
            return Err(tensor_error(&t.name, expected, &t.shape));
        }
    }
    // The states go to the parameters' device, without autodiff as the gradients they are
    // made from (burn's loader would use its default device).
    let device = params_device(module).without_autodiff();
    crate::optim::with_load_device(&device, || {
        optimizer.from_bytes(Bytes::from_bytes_vec(bytes.to_vec()))
    })
    .map_err(|_| malformed(part))
}

/// The device of a module's first parameter (the flex CPU device for a module without any).
fn params_device<M: Module>(module: &M) -> burn::tensor::Device {
    module
        .devices()
        .into_iter()
        .next()
        .unwrap_or_else(burn::tensor::Device::flex)
}
