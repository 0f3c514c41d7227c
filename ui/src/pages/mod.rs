pub mod frister;
