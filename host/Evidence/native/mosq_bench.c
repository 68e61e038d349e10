/* libmosquitto side of the benchmark harness (host/Evidence), built at run time with
 *   gcc -O2 -o mosq_bench mosq_bench.c -lmosquitto
 * Modes (MQTT 3.1.1, clean session, 127.0.0.1):
 *   pub PORT QOS SIZE COUNT TOPIC WINDOW   publishes COUNT messages (QoS 0 ends with a QoS 1 fence) and prints
 *                                          {"messages":N,"seconds":S} once every PUBACK/PUBCOMP (or the fence) arrived
 *   sub PORT QOS COUNT TOPIC IDLE_MS       prints "ready" once subscribed, then {"messages":N,"seconds":S} from the
 *                                          first to the last message (ends at COUNT or after IDLE_MS without a message)
 *   lat PORT COUNT TOPIC                   QoS 1 round trips to its own subscription, prints {"samples_us":[...]} */
#include <mosquitto.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t changed = PTHREAD_COND_INITIALIZER;
static long completed, received, subscribed, connected;
static double first_received, last_received;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static void signal_change(long *counter)
{
    pthread_mutex_lock(&lock);
    (*counter)++;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&lock);
}

static void on_connect(struct mosquitto *m, void *u, int rc) { (void)m; (void)u; if (rc == 0) signal_change(&connected); }
static void on_publish(struct mosquitto *m, void *u, int mid) { (void)m; (void)u; (void)mid; signal_change(&completed); }
static void on_subscribe(struct mosquitto *m, void *u, int mid, int n, const int *g) { (void)m; (void)u; (void)mid; (void)n; (void)g; signal_change(&subscribed); }

static void on_message(struct mosquitto *m, void *u, const struct mosquitto_message *msg)
{
    (void)m; (void)u; (void)msg;
    double t = now();
    pthread_mutex_lock(&lock);
    if (received == 0) first_received = t;
    last_received = t;
    received++;
    pthread_cond_broadcast(&changed);
    pthread_mutex_unlock(&lock);
}

/* Waits until *counter reaches target; returns 0 on success, 1 after timeout_s seconds without progress. */
static int wait_for(long *counter, long target, double timeout_s)
{
    int rc = 0;
    pthread_mutex_lock(&lock);
    long seen = *counter;
    double deadline = now() + timeout_s;
    while (*counter < target) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        ts.tv_nsec += 20 * 1000000L;
        if (ts.tv_nsec >= 1000000000L) { ts.tv_sec++; ts.tv_nsec -= 1000000000L; }
        pthread_cond_timedwait(&changed, &lock, &ts);
        if (*counter != seen) { seen = *counter; deadline = now() + timeout_s; }
        if (now() > deadline) { rc = 1; break; }
    }
    pthread_mutex_unlock(&lock);
    return rc;
}

static struct mosquitto *open_client(int port, const char *id)
{
    struct mosquitto *m = mosquitto_new(id, true, NULL);
    if (!m) { fprintf(stderr, "mosquitto_new failed\n"); exit(2); }
    mosquitto_connect_callback_set(m, on_connect);
    mosquitto_publish_callback_set(m, on_publish);
    mosquitto_subscribe_callback_set(m, on_subscribe);
    mosquitto_message_callback_set(m, on_message);
    if (mosquitto_connect(m, "127.0.0.1", port, 60) != MOSQ_ERR_SUCCESS) { fprintf(stderr, "connect failed\n"); exit(2); }
    if (mosquitto_loop_start(m) != MOSQ_ERR_SUCCESS) { fprintf(stderr, "loop_start failed\n"); exit(2); }
    if (wait_for(&connected, 1, 10)) { fprintf(stderr, "no CONNACK\n"); exit(2); }
    return m;
}

static void close_client(struct mosquitto *m)
{
    mosquitto_disconnect(m);
    mosquitto_loop_stop(m, false);
    mosquitto_destroy(m);
}

static int publish_mode(int port, int qos, int size, long count, const char *topic, int window)
{
    struct mosquitto *m = open_client(port, "bench-libmosquitto-pub");
    mosquitto_max_inflight_messages_set(m, (unsigned int)window);
    char *payload = calloc(1, (size_t)size + 1);
    memset(payload, 'x', (size_t)size);
    double start = now();
    for (long i = 0; i < count; i++) {
        /* Beyond the in-flight window libmosquitto queues the message itself; keep at most 4 windows queued. */
        if (qos > 0 && i - completed > 4L * window) wait_for(&completed, i - 4L * window, 30);
        if (mosquitto_publish(m, NULL, topic, size, payload, qos, false) != MOSQ_ERR_SUCCESS) { fprintf(stderr, "publish failed at %ld\n", i); return 2; }
    }
    long target = count;
    if (qos == 0) {
        /* The fence, on another topic: its PUBACK follows every QoS 0 message before it. */
        char fence[256];
        snprintf(fence, sizeof fence, "%s/fence", topic);
        mosquitto_publish(m, NULL, fence, size, payload, 1, false);
        target = count + 1;
    }
    int timeout = wait_for(&completed, target, 30);
    double seconds = now() - start;
    printf("{\"messages\":%ld,\"seconds\":%.6f}\n", timeout ? completed : count, seconds);
    fflush(stdout);
    close_client(m);
    return timeout;
}

static int subscribe_mode(int port, int qos, long count, const char *topic, int idle_ms)
{
    struct mosquitto *m = open_client(port, "bench-libmosquitto-sub");
    mosquitto_subscribe(m, NULL, topic, qos);
    if (wait_for(&subscribed, 1, 10)) { fprintf(stderr, "no SUBACK\n"); return 2; }
    printf("ready\n");
    fflush(stdout);
    wait_for(&received, 1, 60);
    wait_for(&received, count, idle_ms / 1000.0);
    pthread_mutex_lock(&lock);
    printf("{\"messages\":%ld,\"seconds\":%.6f}\n", received, received > 1 ? last_received - first_received : 0.0);
    pthread_mutex_unlock(&lock);
    fflush(stdout);
    close_client(m);
    return 0;
}

static int latency_mode(int port, long count, const char *topic)
{
    struct mosquitto *m = open_client(port, "bench-libmosquitto-lat");
    mosquitto_subscribe(m, NULL, topic, 1);
    if (wait_for(&subscribed, 1, 10)) { fprintf(stderr, "no SUBACK\n"); return 2; }
    char payload[16] = "0123456789abcdef";
    printf("{\"samples_us\":[");
    for (long i = 0; i < count; i++) {
        double start = now();
        mosquitto_publish(m, NULL, topic, 16, payload, 1, false);
        if (wait_for(&received, i + 1, 10)) { fprintf(stderr, "round trip %ld lost\n", i); return 2; }
        printf(i == 0 ? "%.1f" : ",%.1f", (now() - start) * 1e6);
    }
    printf("]}\n");
    fflush(stdout);
    close_client(m);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: see the comment at the top of mosq_bench.c\n"); return 2; }
    mosquitto_lib_init();
    int rc = 2;
    if (!strcmp(argv[1], "pub") && argc == 8)
        rc = publish_mode(atoi(argv[2]), atoi(argv[3]), atoi(argv[4]), atol(argv[5]), argv[6], atoi(argv[7]));
    else if (!strcmp(argv[1], "sub") && argc == 7)
        rc = subscribe_mode(atoi(argv[2]), atoi(argv[3]), atol(argv[4]), argv[5], atoi(argv[6]));
    else if (!strcmp(argv[1], "lat") && argc == 5)
        rc = latency_mode(atoi(argv[2]), atol(argv[3]), argv[4]);
    else
        fprintf(stderr, "bad arguments\n");
    mosquitto_lib_cleanup();
    return rc;
}
