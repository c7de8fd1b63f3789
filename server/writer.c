/*
 * writer.c - the writer thread of `tidings serve`: a queue of POST bodies
 * (`struct server_job`) that one thread ingests in order. A worker thread
 * suspends the request's connection and queues the job; the writer resumes
 * the connection once the batch is committed, so the worker thread goes on
 * serving its other connections meanwhile (see server.h).
 */
#include <string.h>

#include <microhttpd.h>

#include "server.h"

/* Takes the oldest job off the queue, or returns NULL. Call with `w->mu` held. */
static struct server_job *pop(struct server_writer *w)
{
    struct server_job *job = w->head;

    if (job == NULL)
        return NULL;
    w->head = job->next;
    if (w->head == NULL)
        w->tail = NULL;
    job->next = NULL;
    return job;
}

/*
 * Marks `job` done and resumes its connection. After the resume the worker
 * thread may answer and free the request at any moment, so `job` is not
 * touched again here.
 */
static void finish(struct server_writer *w, struct server_job *job)
{
    struct MHD_Connection *conn = job->conn;

    pthread_mutex_lock(&w->mu);
    job->state = SERVER_JOB_DONE;
    pthread_mutex_unlock(&w->mu);
    MHD_resume_connection(conn);
}

/*
 * The thread: waits for a job, runs it, and repeats. Once `stopping` is
 * set, the jobs left in the queue are refused rather than ingested, so a
 * shutdown waits for one ingest at most.
 */
static void *writer_main(void *arg)
{
    struct server *s = arg;
    struct server_writer *w = &s->writer;
    struct server_job *job;
    bool refuse;

    pthread_mutex_lock(&w->mu);
    for (;;) {
        while (w->head == NULL && !w->stopping)
            pthread_cond_wait(&w->wake, &w->mu);
        job = pop(w);
        if (job == NULL)
            break;
        refuse = w->stopping;
        pthread_mutex_unlock(&w->mu);
        if (refuse)
            job->rc = td_error_set(&job->err, TD_ERR_BUSY,
                                   "the server is shutting down; the articles were not stored");
        else
            server_ingest_run(s, job);
        finish(w, job);
        pthread_mutex_lock(&w->mu);
    }
    pthread_mutex_unlock(&w->mu);
    /* The store belongs to this thread: it is closed here, where it was opened. */
    server_ingest_reset(w);
    return NULL;
}

enum td_err writer_start(struct server *s, struct td_error *err)
{
    struct server_writer *w = &s->writer;

    w->head = w->tail = NULL;
    w->stopping = false;
    w->st = NULL;
    w->engine = NULL;
    if (pthread_mutex_init(&w->mu, NULL) != 0)
        return td_error_set(err, TD_ERR_INTERNAL, "cannot create the writer lock");
    if (pthread_cond_init(&w->wake, NULL) != 0) {
        pthread_mutex_destroy(&w->mu);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot create the writer's condition");
    }
    if (pthread_create(&w->thread, NULL, writer_main, s) != 0) {
        pthread_cond_destroy(&w->wake);
        pthread_mutex_destroy(&w->mu);
        return td_error_set(err, TD_ERR_INTERNAL, "cannot start the writer thread");
    }
    return TD_OK;
}

void writer_stop(struct server *s)
{
    struct server_writer *w = &s->writer;

    pthread_mutex_lock(&w->mu);
    w->stopping = true;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->mu);
    pthread_join(w->thread, NULL);
}

void writer_release(struct server *s)
{
    pthread_cond_destroy(&s->writer.wake);
    pthread_mutex_destroy(&s->writer.mu);
}

enum td_err server_ingest_submit(struct server *s, struct server_job *job, struct td_error *err)
{
    struct server_writer *w = &s->writer;

    pthread_mutex_lock(&w->mu);
    if (w->stopping) {
        pthread_mutex_unlock(&w->mu);
        return td_error_set(err, TD_ERR_BUSY,
                            "the server is shutting down; the articles were not stored");
    }
    /*
     * Suspended before the writer can see the job, so that its resume can
     * never come first. libmicrohttpd allows the suspension here, inside
     * the access handler that is running for this connection.
     */
    MHD_suspend_connection(job->conn);
    job->state = SERVER_JOB_QUEUED;
    job->next = NULL;
    if (w->tail != NULL)
        w->tail->next = job;
    else
        w->head = job;
    w->tail = job;
    pthread_cond_signal(&w->wake);
    pthread_mutex_unlock(&w->mu);
    return TD_OK;
}

enum server_job_state server_job_state(struct server *s, struct server_job *job)
{
    enum server_job_state state;

    pthread_mutex_lock(&s->writer.mu);
    state = job->state;
    pthread_mutex_unlock(&s->writer.mu);
    return state;
}
