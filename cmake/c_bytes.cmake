# c_bytes.cmake - included by the embed_*.cmake scripts: td_c_bytes(PATH
# BYTES LEN) reads the file PATH (which must exist) into BYTES, C initialiser
# text ("0xNN," each byte, sixteen a line), and its length in bytes into LEN.
function(td_c_bytes path out_bytes out_len)
  if(NOT EXISTS "${path}")
    message(FATAL_ERROR "cannot read '${path}'")
  endif()
  file(READ "${path}" hex HEX)
  string(LENGTH "${hex}" nhex)
  math(EXPR len "${nhex} / 2")
  string(REGEX REPLACE "(................................)" "\\1\n" hex "${hex}")
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
  set(${out_bytes} "${bytes}" PARENT_SCOPE)
  set(${out_len} "${len}" PARENT_SCOPE)
endfunction()
