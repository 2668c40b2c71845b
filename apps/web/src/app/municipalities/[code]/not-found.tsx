export default function NotFound() {
  return (
    <div className="state" role="alert">
      <h1>団体が見つかりません</h1>
      <p>
        No municipality has this code. <a href="/">事業の一覧へ / Back to the list</a>
      </p>
    </div>
  );
}
