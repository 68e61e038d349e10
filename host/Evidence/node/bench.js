// mqtt.js side of the benchmark harness (host/Evidence); same modes and output as native/mosq_bench.c:
//   node bench.js pub PORT QOS SIZE COUNT TOPIC WINDOW | sub PORT QOS COUNT TOPIC IDLE_MS | lat PORT COUNT TOPIC
'use strict';
const mqtt = require('mqtt');

const [mode, ...args] = process.argv.slice(2);
const now = () => Number(process.hrtime.bigint()) / 1e9;

function open(port, id) {
  return new Promise((resolve, reject) => {
    const client = mqtt.connect({ host: '127.0.0.1', port, protocolVersion: 4, clientId: id, clean: true, reconnectPeriod: 0 });
    client.once('connect', () => {
      // A connection lost mid-run is a failed run, not a silent exit.
      client.on('close', () => { if (!client.disconnecting) { console.error('connection closed by the broker'); process.exit(3); } });
      resolve(client);
    });
    client.once('error', reject);
  });
}

function subscribe(client, topic, qos) {
  return new Promise((resolve, reject) => client.subscribe(topic, { qos }, (err) => (err ? reject(err) : resolve())));
}

async function publishMode(port, qos, size, count, topic, window) {
  const client = await open(port, 'bench-mqttjs-pub');
  const payload = Buffer.alloc(size, 'x');
  const start = now();
  await new Promise((resolve, reject) => {
    let sent = 0;
    let done = 0;
    const total = qos === 0 ? count + 1 : count;
    const complete = (err) => {
      if (err) return reject(err);
      done++;
      if (done === total) return resolve();
      pump();
    };
    // At most WINDOW messages unacknowledged, like the other clients; QoS 0 ends with a QoS 1 fence on another topic.
    const pump = () => {
      while (sent < total && sent - done < window) {
        const fence = qos === 0 && sent === count;
        sent++;
        client.publish(fence ? `${topic}/fence` : topic, payload, { qos: fence ? 1 : qos }, complete);
      }
    };
    pump();
  });
  const seconds = now() - start;
  console.log(JSON.stringify({ messages: count, seconds }));
  await client.endAsync();
}

async function subscribeMode(port, qos, count, topic, idleMs) {
  const client = await open(port, 'bench-mqttjs-sub');
  let received = 0;
  let first = 0;
  let last = 0;
  let timer;
  await subscribe(client, topic, qos);
  await new Promise((resolve) => {
    const arm = (ms) => { clearTimeout(timer); timer = setTimeout(resolve, ms); };
    client.on('message', () => {
      const t = now();
      if (received === 0) first = t;
      last = t;
      received++;
      if (received >= count) resolve(); else arm(idleMs);
    });
    arm(60000);
    console.log('ready');
  });
  clearTimeout(timer);
  console.log(JSON.stringify({ messages: received, seconds: received > 1 ? last - first : 0 }));
  await client.endAsync();
}

async function latencyMode(port, count, topic) {
  const client = await open(port, 'bench-mqttjs-lat');
  await subscribe(client, topic, 1);
  const payload = Buffer.alloc(16, 'x');
  const samples = [];
  for (let i = 0; i < count; i++) {
    const start = now();
    await new Promise((resolve) => {
      client.once('message', resolve);
      client.publish(topic, payload, { qos: 1 });
    });
    samples.push(Math.round((now() - start) * 1e7) / 10);
  }
  console.log(JSON.stringify({ samples_us: samples }));
  await client.endAsync();
}

const n = (i) => Number(args[i]);
const run = mode === 'pub' ? publishMode(n(0), n(1), n(2), n(3), args[4], n(5))
  : mode === 'sub' ? subscribeMode(n(0), n(1), n(2), args[3], n(4))
    : mode === 'lat' ? latencyMode(n(0), n(1), args[2])
      : Promise.reject(new Error('usage: bench.js pub|sub|lat ...'));
run.then(() => process.exit(0), (err) => { console.error(String(err)); process.exit(2); });
