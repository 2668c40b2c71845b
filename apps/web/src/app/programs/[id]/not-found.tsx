export default function NotFound() {
  return (
    <div className="state" role="alert">
      <h1>事業が見つかりません</h1>
      <p>
        No program has this id. <a href="/">事業の一覧へ / Back to the list</a>
      </p>
    </div>
  );
}
