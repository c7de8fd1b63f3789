/*
 * cmd_serve.c - `tidings serve [--listen ADDR:PORT]`: runs the HTTP API
 * (server/) on the database until SIGINT or SIGTERM, then shuts down
 * gracefully and exits 0. Port 0 picks a free port; the bound URL is
 * printed on stdout.
 */
#include <arpa/inet.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "server.h"
#include "commands.h"

#define USAGE "usage: tidings serve [--listen ADDR:PORT]"
#define DEFAULT_LISTEN "127.0.0.1:8080"

/* Parses "A.B.C.D:PORT" (IPv4 only for now) into `o`. */
static int parse_listen(const char *s, struct server_opts *o)
{
    char host[INET_ADDRSTRLEN];
    const char *colon = strrchr(s, ':');
    struct in_addr a;
    char *end;
    long port;

    if (colon == NULL || (size_t)(colon - s) >= sizeof(host))
        return cli_usage("serve: --listen expects ADDR:PORT (IPv4), got '%s'", s);
    memcpy(host, s, (size_t)(colon - s));
    host[colon - s] = '\0';
    errno = 0;
    port = strtol(colon + 1, &end, 10);
    if (inet_pton(AF_INET, host, &a) != 1 || errno != 0 || end == colon + 1 || *end != '\0' ||
        port < 0 || port > 65535)
        return cli_usage("serve: --listen expects ADDR:PORT (IPv4), got '%s'", s);
    o->ipv4 = ntohl(a.s_addr);
    o->port = (uint16_t)port;
    return CLI_OK;
}

static int parse_args(struct server_opts *o, int argc, char **argv)
{
    const char *listen = DEFAULT_LISTEN;
    int i;

    for (i = 1; i < argc; i++) {
        if (cli_flag(argv[i], "--listen") && i + 1 < argc)
            listen = argv[++i];
        else if (strncmp(argv[i], "--listen=", 9) == 0)
            listen = argv[i] + 9;
        else
            return cli_usage("serve: unexpected argument '%s'\n%s", argv[i], USAGE);
    }
    return parse_listen(listen, o);
}

/*
 * SIGINT and SIGTERM are blocked before the server's threads start (they
 * inherit the mask), so only this thread's sigwait() ever sees them.
 */
int cmd_serve(struct cli_ctx *ctx, int argc, char **argv)
{
    struct server_opts opts = {ctx->db_path, 0, 0};
    struct server srv;
    struct td_error err;
    sigset_t set;
    enum td_err rc;
    int status, sig = 0;

    if ((status = parse_args(&opts, argc, argv)) != CLI_OK)
        return status;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    if (pthread_sigmask(SIG_BLOCK, &set, NULL) != 0)
        return cli_error(td_error_set(&err, TD_ERR_INTERNAL, "cannot block signals"), &err);
    if ((rc = server_start(&srv, &opts, &err)) != TD_OK)
        return cli_error(rc, &err);
    printf("tidings: listening on http://%u.%u.%u.%u:%u/\n", (opts.ipv4 >> 24) & 255u,
           (opts.ipv4 >> 16) & 255u, (opts.ipv4 >> 8) & 255u, opts.ipv4 & 255u,
           (unsigned int)srv.port);
    fflush(stdout);
    while (sigwait(&set, &sig) != 0)
        ;
    fprintf(stderr, "tidings: %s received, shutting down\n", sig == SIGINT ? "SIGINT" : "SIGTERM");
    server_stop(&srv);
    return CLI_OK;
}
