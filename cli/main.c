/* main.c - placeholder until the command table lands. */
#include <stdio.h>

#include "tidings/error.h"

int main(void)
{
    puts(td_strerror(TD_OK));
    return 0;
}
