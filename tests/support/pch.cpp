// The precompiled headers every test reuses are made from this file (tests/CMakeLists.txt).
